package fr.liseuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.liseuse.model.Link;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.List;

/** The numbered links of the main content, with the same N as the {@code [N]} markers. */
public final class LinksRenderer {

    private final Messages messages;
    private final JsonOutput json = new JsonOutput();

    public LinksRenderer(Messages messages) {
        this.messages = messages;
    }

    /** One line per link: {@code [N] text : url}. */
    public void text(List<Link> links, Appendable out) throws IOException {
        LineBuffer lines = new LineBuffer();
        if (links.isEmpty()) lines.line(messages.get("render.links.empty"));
        for (Link link : links) {
            lines.line(link.text() == null || link.text().isBlank()
                    ? "[" + link.n() + "] " + link.url()
                    : messages.get("render.links.line", String.valueOf(link.n()), link.text(), link.url()));
        }
        lines.writeTo(out);
    }

    /** {@code [{"n","text","url"}]} on one line, then a newline. */
    public void json(List<Link> links, Appendable out) throws IOException {
        try (JsonGenerator g = json.open(out)) {
            JsonOutput.links(g, links);
        }
        out.append('\n');
    }
}
