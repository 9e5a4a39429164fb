package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The people named by a schema.org {@code author} or {@code creator} value, in any of its shapes: a
 * string, a Person object, an {@code {"@id": …}} reference to an object elsewhere in the page's
 * JSON-LD ({@code @graph}), or an array of these. Organisations and other non-person types are left
 * out: a publisher is not a byline.
 */
final class LinkedDataPeople {

    private LinkedDataPeople() { }

    /**
     * The names joined with ", " in the page's order, or null when no person is named.
     * @param typedOnly only objects typed Person, not bare strings or untyped objects
     */
    static String names(Object value, Function<String, Map<?, ?>> byId, boolean typedOnly) {
        List<String> out = new ArrayList<>();
        List<?> items = value instanceof List ? (List<?>) value : value == null ? List.of() : List.of(value);
        for (Object item : items) {
            String name = item instanceof Map ? personName(resolved((Map<?, ?>) item, byId), typedOnly)
                    : item instanceof String && !typedOnly ? (String) item : null;
            if (name == null) continue;
            name = name.strip();
            if (!name.isEmpty() && PersonName.plausible(name) && !out.contains(name)) out.add(name);
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    /** The object an {@code {"@id": …}} reference stands for, or the object itself. */
    private static Map<?, ?> resolved(Map<?, ?> item, Function<String, Map<?, ?>> byId) {
        Object id = item.get("@id");
        if (!(id instanceof String) || item.containsKey("name")) return item;
        Map<?, ?> target = byId.apply((String) id);
        return target != null ? target : item;
    }

    private static String personName(Map<?, ?> item, boolean typedOnly) {
        String type = MetadataLinkedData.types(item.get("@type"));
        if (type.isEmpty() ? typedOnly : !type.contains("person")) return null;
        String name = MetadataLinkedData.string(item, "name");
        if (name != null) return name;
        String given = MetadataLinkedData.string(item, "givenName");
        String family = MetadataLinkedData.string(item, "familyName");
        if (given == null || family == null) return given != null ? given : family;
        return given + " " + family;
    }
}
