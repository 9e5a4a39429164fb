package fr.liseuse.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.liseuse.config.Paths;
import fr.liseuse.config.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Library test helpers: settings on a folder and pages built without fetching or extracting. */
final class Pages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Pages() { }

    static Settings settings(Path home, boolean discreet) {
        return new Settings(new Paths(home.resolve("config"), home, home.resolve("cache")), discreet,
                Duration.ofSeconds(30));
    }

    /** A French page at {@code https://example.fr/<slug>} whose raw bytes are {@code <p>text</p>}. */
    static NewEntry page(String slug, String title, String text) {
        return page(slug, title, text, "fr");
    }

    static NewEntry page(String slug, String title, String text, String lang) {
        String url = "https://example.fr/" + slug;
        ObjectNode page = JSON.createObjectNode();
        page.put("schema", "liseuse.page/1");
        page.put("kind", "article");
        page.put("source", url);
        page.put("url", url);
        page.put("title", title);
        page.put("lang", lang);
        page.put("text", text);
        page.putArray("blocks").addObject().put("type", "paragraph").put("text", text);
        byte[] raw = ("<html><title>" + title + "</title><p>" + text + "</p></html>").getBytes(StandardCharsets.UTF_8);
        return new NewEntry(new Capture(url, url, "text/html", "utf-8", Instant.now()), page.toString(), raw);
    }
}
