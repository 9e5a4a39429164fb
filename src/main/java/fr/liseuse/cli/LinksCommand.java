package fr.liseuse.cli;

import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.render.LinksRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;

final class LinksCommand extends OnePageCommand {

    LinksCommand(Context context) {
        super(context, "links");
    }

    @Override
    Set<PagePart> parts() {
        return PagePart.articleAnd();
    }

    @Override
    void print(Page page, PrintWriter out) throws IOException {
        LinksRenderer renderer = new LinksRenderer(context.messages());
        if (json()) renderer.json(page.links(), out);
        else renderer.text(page.links(), out);
    }
}
