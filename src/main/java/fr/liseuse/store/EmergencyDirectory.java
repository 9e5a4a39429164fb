package fr.liseuse.store;

import com.fasterxml.jackson.databind.JsonNode;
import fr.liseuse.config.JsonTree;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The national emergency and help numbers, read from a reviewed data file shipped inside the jar,
 * so they are there offline and in discreet mode. Each entry carries its source and the date its
 * facts were checked. Names stay as each service calls itself; purpose and hours exist in every
 * UI language (French, the file's first language, when one is missing).
 */
public final class EmergencyDirectory {

    static final String FRANCE = "/fr/liseuse/directory/fr.json";
    private static final String FIRST_LANGUAGE = "fr";
    private static final List<String> LANGUAGES = List.of("fr", "en");

    private final Map<String, List<EmergencyEntry>> byLanguage;

    private EmergencyDirectory(Map<String, List<EmergencyEntry>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    private static EmergencyDirectory bundled;

    /**
     * The French directory bundled with liseuse, read once: the reader asks for it each time the
     * emergency panel opens or a page comes in under it.
     */
    public static synchronized EmergencyDirectory bundled() {
        if (bundled == null) {
            try (InputStream in = EmergencyDirectory.class.getResourceAsStream(FRANCE)) {
                if (in == null) throw new IllegalStateException("missing bundled resource " + FRANCE);
                bundled = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FRANCE, e);
            }
        }
        return bundled;
    }

    /** Reads a directory file; throws {@link IllegalArgumentException} naming the first bad entry. */
    static EmergencyDirectory read(InputStream in) throws IOException {
        JsonNode root = JsonTree.read(in);
        JsonNode list = root == null ? null : root.get("entries");
        if (list == null || !list.isArray()) throw new IllegalArgumentException("no \"entries\" array");
        Map<String, List<EmergencyEntry>> byLanguage = new HashMap<>();
        for (String lang : LANGUAGES) {
            List<EmergencyEntry> entries = new ArrayList<>();
            for (JsonNode node : list) entries.add(entry(node, lang));
            byLanguage.put(lang, List.copyOf(entries));
        }
        return new EmergencyDirectory(byLanguage);
    }

    /** The entries in French, in the order of the data file: emergency numbers first. */
    public List<EmergencyEntry> entries() {
        return entries(FIRST_LANGUAGE);
    }

    /** The entries with purpose and hours in LANG (French for a language the file lacks), in the file's order. */
    public List<EmergencyEntry> entries(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get(FIRST_LANGUAGE));
    }

    private static EmergencyEntry entry(JsonNode node, String lang) {
        String number = text(node, "number", "?");
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("entry " + number + ": number must be digits only");
        }
        JsonNode sources = node.get("sources");
        if (sources == null || !sources.isArray() || sources.isEmpty()) {
            throw new IllegalArgumentException("entry " + number + ": no sources");
        }
        String sms = node.hasNonNull("sms") ? localized(node, "sms", number, lang) : null;
        String hours = localized(node, "hours", number, lang);
        return new EmergencyEntry(
                number,
                text(node, "display", number),
                text(node, "name", number),
                localized(node, "purpose", number, lang),
                hours,
                node.has("brief") ? localized(node, "brief", number, lang) : hours,
                flag(node, "free", number),
                sms,
                flag(node, "emergency", number),
                Sanitizer.inline(sources.get(0).asText()),
                text(node, "verified", number));
    }

    /** FIELD in LANG: either one text for every language, or an object of texts by language. */
    private static String localized(JsonNode node, String field, String number, String lang) {
        JsonNode value = node.get(field);
        if (value != null && value.isObject()) {
            JsonNode inLanguage = value.hasNonNull(lang) ? value : null;
            return text(inLanguage == null ? value : inLanguage, inLanguage == null ? FIRST_LANGUAGE : lang,
                    number, field);
        }
        return text(node, field, number);
    }

    private static String text(JsonNode node, String field, String number) {
        return text(node, field, number, field);
    }

    private static String text(JsonNode node, String key, String number, String field) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("entry " + number + ": missing text field \"" + field + "\"");
        }
        return Sanitizer.inline(value.asText());
    }

    private static boolean flag(JsonNode node, String field, String number) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException("entry " + number + ": missing true/false field \"" + field + "\"");
        }
        return value.asBoolean();
    }
}
