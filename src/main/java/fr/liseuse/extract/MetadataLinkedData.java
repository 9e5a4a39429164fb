package fr.liseuse.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The schema.org facts of a page's JSON-LD blocks: the first object typed as an article (or, failing
 * that, a web page) gives headline, dates, authors and body; the first organisation gives the
 * publisher. Raw strings: callers sanitise.
 */
final class MetadataLinkedData {

    private static final int MAX_OBJECTS = 2000;

    private Map<?, ?> article;
    private Map<?, ?> page;
    private String publisher;
    private String anyDatePublished;
    private final Map<String, Map<?, ?>> byId = new HashMap<>();

    private MetadataLinkedData() { }

    /** The facts of the given JSON-LD script elements. */
    static MetadataLinkedData of(List<Element> scripts) {
        MetadataLinkedData data = new MetadataLinkedData();
        for (Element script : scripts) {
            data.scan(MetadataJson.parse(withoutCdata(script.data())));
        }
        return data;
    }

    /** Some pages wrap the JSON in {@code <![CDATA[ … ]]>}, which no JSON reader accepts. */
    private static String withoutCdata(String json) {
        String s = json.strip();
        if (!s.startsWith("<![CDATA[")) return s;
        s = s.substring("<![CDATA[".length());
        return s.endsWith("]]>") ? s.substring(0, s.length() - "]]>".length()) : s;
    }

    String headline() {
        String h = string(article, "headline");
        if (h == null) h = string(article, "name");
        return h;
    }

    /** The publication date of the article, else of the web page. */
    String datePublished() {
        String d = string(article, "datePublished");
        return d != null ? d : string(page, "datePublished");
    }

    /** The first publication date of any object (a recipe, a video, an item of a graph). */
    String anyDatePublished() {
        return anyDatePublished;
    }

    /** The creation date of the article, else of the web page: below any publication date. */
    String dateCreated() {
        String d = string(article, "dateCreated");
        return d != null ? d : string(page, "dateCreated");
    }

    /** The last modification date of the article, else of the web page. */
    String dateModified() {
        String d = string(article, "dateModified");
        return d != null ? d : string(page, "dateModified");
    }

    String articleBody() {
        return string(article, "articleBody");
    }

    String url() {
        String u = string(article, "url");
        if (u == null) {
            Object main = article == null ? null : article.get("mainEntityOfPage");
            u = main instanceof Map ? string((Map<?, ?>) main, "@id") : main instanceof String ? (String) main : null;
        }
        return u;
    }

    String publisher() {
        Object p = article == null ? null : article.get("publisher");
        String name = names(p);
        return name != null ? name : publisher;
    }

    /**
     * The names of the people given as the article's authors, joined with ", ", or null.
     * @param typedOnly only those typed as a Person, not bare names
     */
    String authors(boolean typedOnly) {
        Object a = article == null ? null : article.get("author");
        if (a == null) a = article == null ? null : article.get("creator");
        return LinkedDataPeople.names(a, byId::get, typedOnly);
    }

    private static String names(Object value) {
        List<String> out = new ArrayList<>();
        List<?> items = value instanceof List ? (List<?>) value : value == null ? List.of() : List.of(value);
        for (Object item : items) {
            String name = item instanceof Map ? string((Map<?, ?>) item, "name") : item instanceof String ? (String) item : null;
            if (name != null && !name.isBlank() && !name.startsWith("http") && !out.contains(name.strip())) {
                out.add(name.strip());
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    static String string(Map<?, ?> map, String key) {
        if (map == null) return null;
        Object v = map.get(key);
        if (v instanceof List && !((List<?>) v).isEmpty()) v = ((List<?>) v).get(0);
        if (v instanceof Map) v = ((Map<?, ?>) v).get("@value");
        return v instanceof String && !((String) v).isBlank() ? ((String) v).strip() : null;
    }

    /** Breadth-first over the parsed value, without recursion. */
    private void scan(Object root) {
        Deque<Object> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_OBJECTS) {
            Object next = queue.poll();
            if (next instanceof List) {
                for (Object o : (List<?>) next) if (o != null) queue.add(o);
                continue;
            }
            if (!(next instanceof Map)) continue;
            Map<?, ?> map = (Map<?, ?>) next;
            String type = types(map.get("@type"));
            if (map.get("@id") instanceof String && map.size() > 1) byId.putIfAbsent((String) map.get("@id"), map);
            if (article == null && type.matches(".*(article|posting|report|newsitem|recipe|review).*")) article = map;
            if (page == null && type.contains("webpage")) page = map;
            if (anyDatePublished == null) anyDatePublished = string(map, "datePublished");
            if (publisher == null && (type.contains("organization") || type.contains("website"))) {
                publisher = string(map, "name");
            }
            for (Object v : map.values()) if (v instanceof Map || v instanceof List) queue.add(v);
        }
    }

    /** The object's @type values, lower case, space-separated. */
    static String types(Object t) {
        if (t instanceof String) return ((String) t).toLowerCase(Locale.ROOT);
        if (t instanceof List) {
            StringBuilder out = new StringBuilder();
            for (Object o : (List<?>) t) if (o instanceof String) out.append(((String) o).toLowerCase(Locale.ROOT)).append(' ');
            return out.toString();
        }
        return "";
    }
}
