package fr.liseuse.config;

import com.fasterxml.jackson.databind.JsonNode;
import fr.liseuse.model.SiteHints;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one profile document into a {@link SiteProfile}, or says in a few words what is wrong
 * with it ({@link IllegalArgumentException}). Fields:
 * <pre>
 * {"name": "mel", "title": "…", "baseUrl": "https://www.example.fr", "start": "/",
 *  "search": "/recherche?keys={query}",
 *  "selectors": {"menu": "…", "article": "…", "results": "…", "exclude": ["…"]}}
 * </pre>
 * {@code start} and {@code search} may be paths under {@code baseUrl} or full addresses; unknown
 * fields are ignored so newer profiles still load.
 */
final class SiteProfileReader {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#]+(?:[/?#]\\S*)?");
    private static final Pattern DEMO = Pattern.compile("(?i)demo:\\S*");

    private SiteProfileReader() { }

    /** @param fallbackName the name when the document has none (a user file's name) */
    static SiteProfile read(JsonNode root, String fallbackName, boolean userDefined) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("not a JSON object");
        String name = optional(root, "name");
        if (name == null) name = fallbackName;
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"name\" must be lower-case letters, digits or dashes");
        }
        String base = trimBase(required(root, "baseUrl"));
        if (!address(base)) throw new IllegalArgumentException("\"baseUrl\" must be an http(s) address");
        String start = under(base, optional(root, "start") == null ? "/" : optional(root, "start"), "start");
        String search = under(base, required(root, "search"), "search");
        if (!search.contains(SiteProfile.QUERY)) throw new IllegalArgumentException("\"search\" has no {query}");
        String title = optional(root, "title");
        return new SiteProfile(name, title == null ? name : title, base, start, search, hints(root.get("selectors")),
                userDefined);
    }

    static String trimBase(String base) {
        String b = base.strip();
        while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
        return b;
    }

    static boolean address(String url) {
        return WEB.matcher(url).matches() || DEMO.matcher(url).matches();
    }

    private static String under(String base, String value, String field) {
        String url = value.startsWith("/") ? base + value : value;
        if (!address(url)) throw new IllegalArgumentException("\"" + field + "\" must be a path or an http(s) address");
        return url;
    }

    private static SiteHints hints(JsonNode selectors) {
        if (selectors == null || selectors.isNull()) return SiteHints.NONE;
        if (!selectors.isObject()) throw new IllegalArgumentException("\"selectors\" must be an object");
        List<String> exclude = new ArrayList<>();
        JsonNode list = selectors.get("exclude");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) throw new IllegalArgumentException("\"selectors.exclude\" must be a list");
            for (JsonNode item : list) {
                if (!item.isTextual()) throw new IllegalArgumentException("\"selectors.exclude\" must hold strings");
                if (!item.asText().isBlank()) exclude.add(item.asText().strip());
            }
        }
        return new SiteHints(optional(selectors, "menu"), optional(selectors, "article"), optional(selectors, "results"),
                exclude);
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) throw new IllegalArgumentException("\"" + field + "\" is missing");
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
        String text = Sanitizer.inline(value.asText()).strip();
        return text.isEmpty() ? null : text;
    }
}
