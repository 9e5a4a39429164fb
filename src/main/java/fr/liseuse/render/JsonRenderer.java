package fr.liseuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.liseuse.model.Block;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.model.SearchResult;
import fr.liseuse.text.Addresses;
import java.io.IOException;
import java.util.List;

/**
 * The page as one JSON object on one line followed by a newline (so several sources make NDJSON),
 * with the fields of the public contract (schema {@code liseuse.page/1}) in its order. The page's
 * strings are clean from extraction; the SOURCE, as the user typed it, is cleaned here.
 */
public final class JsonRenderer implements Renderer {

    public static final String SCHEMA = "liseuse.page/1";

    private final JsonOutput json = new JsonOutput();

    @Override
    public void render(Page page, Appendable out) throws IOException {
        try (JsonGenerator g = json.open(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("kind", page.kind().jsonName());
            g.writeStringField("source", Addresses.shown(page.source()));
            g.writeStringField("url", page.url());
            g.writeStringField("title", page.title());
            g.writeStringField("lang", page.lang());
            g.writeStringField("published", page.published());
            g.writeStringField("byline", page.byline());
            g.writeStringField("site", page.site());
            g.writeFieldName("text");
            g.writeString(new PiecesReader(page.textPieces()), -1);   // a large page's text, never joined whole
            g.writeFieldName("blocks");
            blocks(g, page.blocks());
            g.writeFieldName("links");
            JsonOutput.links(g, page.links());
            g.writeFieldName("contacts");
            JsonOutput.contacts(g, page.contacts());
            g.writeFieldName("menu");
            JsonOutput.menu(g, page.menu());
            g.writeFieldName("results");
            results(g, page.results());
            g.writeFieldName("resultCount");
            if (page.kind() != PageKind.SEARCH_RESULTS) {
                g.writeNull();
            } else {
                g.writeNumber(page.resultCount() != null ? page.resultCount() : page.results().size());
            }
            g.writeEndObject();
        }
        out.append('\n');
    }

    /** The line for a source that failed: {@code {"source":…,"error":{"code":N,"message":…}}}. */
    public void renderError(String source, int code, String message, Appendable out) throws IOException {
        try (JsonGenerator g = json.open(out)) {
            g.writeStartObject();
            g.writeStringField("source", Addresses.shown(source));
            g.writeObjectFieldStart("error");
            g.writeNumberField("code", code);
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndObject();
        }
        out.append('\n');
    }

    private static void blocks(JsonGenerator g, List<Block> blocks) throws IOException {
        g.writeStartArray();
        for (Block block : blocks) {
            g.writeStartObject();
            if (block instanceof Block.Heading h) {
                g.writeStringField("type", "heading");
                g.writeNumberField("level", h.level());
                g.writeStringField("text", h.content().text());
            } else if (block instanceof Block.Paragraph p) {
                g.writeStringField("type", "paragraph");
                g.writeStringField("text", p.content().text());
            } else if (block instanceof Block.ListBlock list) {
                g.writeStringField("type", "list");
                g.writeBooleanField("ordered", list.ordered());
                g.writeArrayFieldStart("items");
                for (RichText item : list.items()) g.writeString(item.text());
                g.writeEndArray();
            } else if (block instanceof Block.Quote q) {
                g.writeStringField("type", "quote");
                g.writeStringField("text", q.content().text());
            } else if (block instanceof Block.Table table) {
                g.writeStringField("type", "table");
                g.writeArrayFieldStart("rows");
                for (List<String> row : table.rows()) {
                    g.writeStartArray();
                    for (String cell : row) g.writeString(cell);
                    g.writeEndArray();
                }
                g.writeEndArray();
            } else if (block instanceof Block.Image image) {
                g.writeStringField("type", "image");
                g.writeStringField("alt", image.alt());
                g.writeStringField("url", image.url());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void results(JsonGenerator g, List<SearchResult> results) throws IOException {
        g.writeStartArray();
        for (SearchResult result : results) {
            g.writeStartObject();
            g.writeStringField("title", result.title());
            g.writeStringField("url", result.url());
            g.writeStringField("snippet", result.snippet());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
