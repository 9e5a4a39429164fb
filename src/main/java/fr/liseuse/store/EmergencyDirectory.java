package fr.liseuse.store;

import com.fasterxml.jackson.databind.JsonNode;
import fr.liseuse.config.JsonTree;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The national emergency and help numbers, read from a reviewed data file shipped inside the jar,
 * so they are there offline and in discreet mode. Each entry carries its source and the date its
 * facts were checked.
 */
public final class EmergencyDirectory {

    static final String FRANCE = "/fr/liseuse/directory/fr.json";

    private final List<EmergencyEntry> entries;

    private EmergencyDirectory(List<EmergencyEntry> entries) {
        this.entries = List.copyOf(entries);
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
        List<EmergencyEntry> entries = new ArrayList<>();
        for (JsonNode node : list) {
            entries.add(entry(node));
        }
        return new EmergencyDirectory(entries);
    }

    /** The entries in the order of the data file: emergency numbers first. */
    public List<EmergencyEntry> entries() {
        return entries;
    }

    private static EmergencyEntry entry(JsonNode node) {
        String number = text(node, "number", "?");
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("entry " + number + ": number must be digits only");
        }
        JsonNode sources = node.get("sources");
        if (sources == null || !sources.isArray() || sources.isEmpty()) {
            throw new IllegalArgumentException("entry " + number + ": no sources");
        }
        String sms = node.hasNonNull("sms") ? Sanitizer.inline(node.get("sms").asText()) : null;
        return new EmergencyEntry(
                number,
                text(node, "display", number),
                text(node, "name", number),
                text(node, "purpose", number),
                text(node, "hours", number),
                flag(node, "free", number),
                sms,
                flag(node, "emergency", number),
                Sanitizer.inline(sources.get(0).asText()),
                text(node, "verified", number));
    }

    private static String text(JsonNode node, String field, String number) {
        JsonNode value = node.get(field);
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
