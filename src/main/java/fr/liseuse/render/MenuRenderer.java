package fr.liseuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.List;

/** The site's navigation menu: an outline numbered 1., 1.1., 1.2. … in text, nested arrays in JSON. */
public final class MenuRenderer {

    private final Messages messages;
    private final Emphasis emphasis;
    private final JsonOutput json = new JsonOutput();

    public MenuRenderer(Messages messages) {
        this(messages, Emphasis.NONE);
    }

    /** @param emphasis the menu's top-level entries in bold, or none */
    public MenuRenderer(Messages messages, Emphasis emphasis) {
        this.messages = messages;
        this.emphasis = emphasis;
    }

    public void text(List<MenuEntry> menu, Appendable out) throws IOException {
        LineBuffer lines = new LineBuffer(true, emphasis);
        if (menu.isEmpty()) {
            lines.line(messages.get("render.menu.empty"));
        } else {
            outline(menu, "", lines);
        }
        lines.writeTo(out);
    }

    /** {@code [{"label","url","children":[…]}]} on one line, then a newline. */
    public void json(List<MenuEntry> menu, Appendable out) throws IOException {
        try (JsonGenerator g = json.open(out)) {
            JsonOutput.menu(g, menu);
        }
        out.append('\n');
    }

    private void outline(List<MenuEntry> entries, String parent, LineBuffer lines) {
        int n = 0;
        for (MenuEntry entry : entries) {
            n++;
            String number = parent + n + ".";
            String indent = "   ".repeat((int) parent.chars().filter(c -> c == '.').count());
            String label = entry.url() == null || entry.url().isBlank() ? entry.label()
                    : messages.get("render.menu.line", entry.label(), entry.url());
            if (parent.isEmpty()) lines.strong(number + " " + label);
            else lines.line(indent + number + " " + label);
            outline(entry.children(), number, lines);
        }
    }
}
