package fr.liseuse.cli;

import fr.liseuse.model.Page;
import fr.liseuse.render.MenuRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "menu")
final class MenuCommand extends PageCommand {

    @Parameters(index = "0", paramLabel = "SOURCE", descriptionKey = "source")
    String source;

    MenuCommand(Context context) {
        super(context);
    }

    @Override
    String source() {
        return source;
    }

    @Override
    void print(Page page, PrintWriter out) throws IOException {
        MenuRenderer renderer = new MenuRenderer(context.messages());
        if (format == ListFormat.json) renderer.json(page.menu(), out);
        else renderer.text(page.menu(), out);
    }
}
