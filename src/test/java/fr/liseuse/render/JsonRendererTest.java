package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.liseuse.model.Block;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static String render(Page page) throws IOException {
        StringBuilder out = new StringBuilder();
        new JsonRenderer().render(page, out);
        return out.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void articleMatchesTheReviewedFile() throws IOException {
        Golden.assertMatches("article.json", render(SamplePages.article()));
    }

    @Test
    void searchResultsMatchTheReviewedFile() throws IOException {
        Golden.assertMatches("results.json", render(SamplePages.searchResults()));
    }

    @Test
    void oneObjectOnOneLineWithTheContractFieldsInOrder() throws IOException {
        String json = render(SamplePages.article());
        assertTrue(json.endsWith("}\n"));
        assertEquals(1, json.chars().filter(c -> c == '\n').count(), "NDJSON: one line per page");
        JsonNode page = mapper.readTree(json);
        assertEquals(List.of("schema", "kind", "source", "url", "title", "lang", "published", "byline", "site",
                "text", "blocks", "links", "contacts", "menu", "results", "resultCount"), fieldNames(page));
        assertEquals("liseuse.page/1", page.get("schema").asText());
        assertEquals("article", page.get("kind").asText());
        assertTrue(page.get("resultCount").isNull());
        assertEquals(SamplePages.article().text(), page.get("text").asText());
    }

    @Test
    void blocksContactsAndMenuHaveTheirContractShapes() throws IOException {
        JsonNode page = mapper.readTree(render(SamplePages.article()));
        JsonNode blocks = page.get("blocks");
        assertEquals(List.of("type", "level", "text"), fieldNames(blocks.get(1)));
        assertEquals(2, blocks.get(1).get("level").asInt());
        assertEquals(List.of("type", "ordered", "items"), fieldNames(blocks.get(2)));
        assertEquals("3919", blocks.get(6).get("rows").get(2).get(1).asText());
        assertEquals(List.of("type", "alt", "url"), fieldNames(blocks.get(7)));
        JsonNode phone = page.get("contacts").get(0);
        assertEquals(List.of("type", "number", "display", "international", "label", "tel"), fieldNames(phone));
        assertEquals(List.of("type", "address", "label"), fieldNames(page.get("contacts").get(1)));
        JsonNode menu = page.get("menu").get(0);
        assertTrue(menu.get("url").isNull());
        assertEquals("Transports", menu.get("children").get(1).get("label").asText());
        assertEquals(0, menu.get("children").get(1).get("children").size());
    }

    @Test
    void resultPagesCountTheirResults() throws IOException {
        JsonNode page = mapper.readTree(render(SamplePages.searchResults()));
        assertEquals("search-results", page.get("kind").asText());
        assertEquals(3, page.get("resultCount").asInt());
        assertEquals(List.of("title", "url", "snippet"), fieldNames(page.get("results").get(0)));
    }

    @Test
    void keepsAccentsAsUtf8AndEscapesControlCharacters() throws IOException {
        Page page = new Page("s", PageKind.PAGE, null, "Été\u0001", "fr", null, null, null,
                List.of(new Block.Paragraph(RichText.plain("a\tb\nc \"d\" \\ é"))), List.of(), List.of(), List.of(),
                List.of(), null);
        String json = render(page);
        assertTrue(json.contains("\"title\":\"Été\\u0001\""), json);
        assertTrue(json.contains("\"text\":\"a\\tb\\nc \\\"d\\\" \\\\ é\""), json);
        assertFalse(json.substring(0, json.length() - 1).chars().anyMatch(c -> c < 0x20), json);
    }

    @Test
    void errorLineForAFailedSource() throws IOException {
        StringWriter out = new StringWriter();
        new JsonRenderer().renderError("https://ex.fr/absent", 66, "page introuvable (HTTP 404)", out);
        assertEquals("{\"source\":\"https://ex.fr/absent\",\"error\":{\"code\":66,\"message\":\"page introuvable (HTTP 404)\"}}\n",
                out.toString());
    }

    @Test
    void writesIntoAWriterWithoutClosingIt() throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer renderer = new JsonRenderer();
        renderer.render(SamplePages.searchResults(), out);
        renderer.render(SamplePages.article(), out);
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        assertEquals("search-results", mapper.readTree(lines[0]).get("kind").asText());
        assertEquals("article", mapper.readTree(lines[1]).get("kind").asText());
    }
}
