package fr.liseuse.cli;

import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.render.MenuRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;

final class MenuCommand extends OnePageCommand {

    MenuCommand(Context context) {
        super(context, "menu");
    }

    @Override
    Set<PagePart> parts() {
        return PagePart.articleAnd(PagePart.MENU);
    }

    @Override
    void print(Page page, PrintWriter out) throws IOException {
        MenuRenderer renderer = new MenuRenderer(context.messages(), context.emphasis());
        if (json()) renderer.json(page.menu(), out);
        else renderer.text(page.menu(), out);
    }
}
