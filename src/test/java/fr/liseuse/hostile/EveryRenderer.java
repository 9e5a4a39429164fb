package fr.liseuse.hostile;

import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.model.EmergencyList;
import fr.liseuse.model.Page;
import fr.liseuse.render.ContactsRenderer;
import fr.liseuse.render.JsonRenderer;
import fr.liseuse.render.LinksRenderer;
import fr.liseuse.render.MarkdownRenderer;
import fr.liseuse.render.MenuRenderer;
import fr.liseuse.render.TextRenderer;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.List;

/** Renders one page the way every command and format would, and checks each output is clean. */
final class EveryRenderer {

    private static final List<EmergencyEntry> NO_DIRECTORY = List.of();

    private EveryRenderer() { }

    static void assertAllClean(Page page, int width) throws IOException {
        Messages fr = Messages.french();
        CleanOutput.assertCleanText(into(out -> new TextRenderer(width, true, fr).render(page, out)), "text");
        CleanOutput.assertCleanText(into(out -> new TextRenderer(0, false, fr).render(page, out)), "text, no links");
        CleanOutput.assertCleanText(into(out -> new MarkdownRenderer(true, fr).render(page, out)), "markdown");
        CleanOutput.assertCleanJson(into(out -> new JsonRenderer().render(page, out)), "json");
        CleanOutput.assertCleanText(into(out -> new MenuRenderer(fr).text(page.menu(), out)), "menu");
        CleanOutput.assertCleanJson(into(out -> new MenuRenderer(fr).json(page.menu(), out)), "menu json");
        CleanOutput.assertCleanText(into(out -> new LinksRenderer(fr).text(page.links(), out)), "links");
        CleanOutput.assertCleanJson(into(out -> new LinksRenderer(fr).json(page.links(), out)), "links json");
        CleanOutput.assertCleanText(into(out -> new ContactsRenderer(fr).text(EmergencyList.of(NO_DIRECTORY, List.of(), null, page.contacts()), out)),
                "contacts");
        CleanOutput.assertCleanJson(into(out -> new ContactsRenderer(fr).json(EmergencyList.of(NO_DIRECTORY, List.of(), null, page.contacts()), out)),
                "contacts json");
    }

    private interface Rendering {
        void to(StringBuilder out) throws IOException;
    }

    private static String into(Rendering rendering) throws IOException {
        StringBuilder out = new StringBuilder();
        rendering.to(out);
        return out.toString();
    }
}
