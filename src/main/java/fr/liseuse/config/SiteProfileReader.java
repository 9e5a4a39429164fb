package fr.liseuse.config;

import com.fasterxml.jackson.databind.JsonNode;
import fr.liseuse.model.SiteHints;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one profile document into a {@link SiteProfile}, or says in a few words what is wrong
 * with it ({@link Invalid}). Fields:
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

    /** What is wrong with a profile: a message key of the UI bundles and its arguments (the field first). */
    static final class Invalid extends IllegalArgumentException {
        private final String key;
        private final Object[] arguments;

        Invalid(String key, Object... arguments) {
            super(key + " " + Arrays.toString(arguments));
            this.key = key;
            this.arguments = arguments;
        }

        /** The reason in the UI language. */
        String reason(Messages messages) {
            return messages.get(key, arguments);
        }
    }

    /** @param fallbackName the name when the document has none (a user file's name) */
    static SiteProfile read(JsonNode root, String fallbackName, boolean userDefined) {
        if (root == null || !root.isObject()) throw new Invalid("file.notObject");
        String name = optional(root, "name");
        if (name == null) name = fallbackName;
        if (name == null || !NAME.matcher(name).matches()) {
            throw new Invalid("sites.profile.name", "name");
        }
        String base = trimBase(required(root, "baseUrl"));
        if (!address(base)) throw new Invalid("sites.profile.address", "baseUrl");
        String start = under(base, optional(root, "start") == null ? "/" : optional(root, "start"), "start");
        String search = under(base, required(root, "search"), "search");
        if (!search.contains(SiteProfile.QUERY)) throw new Invalid("sites.profile.query", "search", SiteProfile.QUERY);
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
        if (!address(url)) throw new Invalid("sites.profile.pathOrAddress", field);
        return url;
    }

    private static SiteHints hints(JsonNode selectors) {
        if (selectors == null || selectors.isNull()) return SiteHints.NONE;
        if (!selectors.isObject()) throw new Invalid("sites.profile.object", "selectors");
        List<String> exclude = new ArrayList<>();
        JsonNode list = selectors.get("exclude");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) throw new Invalid("sites.profile.list", "selectors.exclude");
            for (JsonNode item : list) {
                if (!item.isTextual()) throw new Invalid("sites.profile.strings", "selectors.exclude");
                if (!item.asText().isBlank()) exclude.add(item.asText().strip());
            }
        }
        return new SiteHints(optional(selectors, "menu"), optional(selectors, "article"), optional(selectors, "results"),
                exclude);
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) throw new Invalid("sites.profile.missing", field);
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw new Invalid("sites.profile.string", field);
        String text = Sanitizer.inline(value.asText()).strip();
        return text.isEmpty() ? null : text;
    }
}
