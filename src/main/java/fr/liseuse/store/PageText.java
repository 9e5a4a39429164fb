package fr.liseuse.store;

import java.io.IOException;
import java.util.Map;

/**
 * The parts of an extracted page (the {@code liseuse.page/1} JSON) that the library lists and indexes.
 *
 * @param url  the page's canonical address, or null
 * @param lang its language code, or null
 */
public record PageText(String title, String url, String lang, String text) {

    public PageText {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    static PageText parse(String pageJson, FlatJson json) throws IOException {
        Map<String, String> fields = json.read(pageJson);
        return new PageText(fields.get("title"), fields.get("url"), fields.get("lang"), fields.get("text"));
    }

    /** English pages get English analysis; every other page is read as French (French-first). */
    boolean english() {
        return lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }
}
