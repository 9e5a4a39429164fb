package fr.liseuse.store;

import com.fasterxml.jackson.databind.JsonNode;
import fr.liseuse.config.ConfigFolder;
import fr.liseuse.config.UserJson;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.text.Messages;
import fr.liseuse.text.PhoneMatch;
import fr.liseuse.text.PhoneNumbers;
import fr.liseuse.text.Sanitizer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user's own emergency contacts, listed before the national numbers. File
 * {@code contacts.json} in the config folder:
 * <pre>
 * {"contacts": [{"name": "Claire, ma sœur", "number": "06 12 34 56 78", "note": "à toute heure"}]}
 * </pre>
 * (a bare array of entries works too). Never fails: a file that cannot be used gives its usable
 * entries and one line saying what is wrong, so the emergency panel always opens and says it.
 */
public final class PersonalContacts {

    static final String FILE = "contacts.json";
    private static final int MAX_TEXT = 200;
    private static final Pattern FOREIGN = Pattern.compile("\\+[1-9][0-9 .\\-()]{5,20}");

    private PersonalContacts() { }

    /**
     * The user's contacts and, when the file could not be used in full, what went wrong: one line
     * naming the file and the problem, in the UI language, shown where the contacts would be.
     *
     * @param problem null when every entry was read (or there is no file)
     */
    public record Loaded(List<PersonalContact> contacts, String problem) {
        public Loaded {
            contacts = List.copyOf(contacts);
        }

        public static Loaded none() {
            return new Loaded(List.of(), null);
        }
    }

    /** Never fails: a file that cannot be used gives its usable entries and the problem as a value. */
    public static Loaded find(Map<String, String> env, Messages messages) {
        Optional<Path> folder = ConfigFolder.of(env);
        if (folder.isEmpty()) return Loaded.none();
        Path file = folder.get().resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Loaded.none();
        String shown = Sanitizer.inline(file.toString());
        try {
            List<String> problems = new ArrayList<>();
            List<PersonalContact> contacts = read(UserJson.read(file, messages), messages, problems);
            return new Loaded(contacts, problems.isEmpty() ? null
                    : messages.get("contacts.personal.entrySkipped", shown, problems.get(0)));
        } catch (UserJson.Unusable e) {
            return new Loaded(List.of(), messages.get("contacts.personal.unusable", shown, e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new Loaded(List.of(), messages.get("contacts.personal.unusable", shown,
                    messages.get("contacts.personal.reason.noList")));
        }
    }

    /** The usable entries; one short reason (in the UI language) per entry left out goes into problems. */
    static List<PersonalContact> read(JsonNode root, Messages messages, List<String> problems) {
        JsonNode list = root != null && root.isObject() ? root.get("contacts") : root;
        if (list == null || !list.isArray()) throw new IllegalArgumentException("no \"contacts\" list");
        List<PersonalContact> out = new ArrayList<>();
        int n = 0;
        for (JsonNode node : list) {
            n++;
            String name = text(node, "name");
            String written = text(node, "number");
            if (name == null || written == null) {
                problems.add(messages.get("contacts.personal.reason.incomplete", n));
                continue;
            }
            Optional<PhoneMatch> french = PhoneNumbers.parse(written);
            if (french.isPresent()) {
                out.add(new PersonalContact(name, french.get().number(), french.get().display(), text(node, "note")));
            } else if (FOREIGN.matcher(written).matches()) {
                out.add(new PersonalContact(name, "+" + written.replaceAll("[^0-9]", ""), written, text(node, "note")));
            } else {
                problems.add(messages.get("contacts.personal.reason.notNumber", n, written));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) return null;
        String s = Sanitizer.inline(value.asText()).strip();
        if (s.length() > MAX_TEXT) s = s.substring(0, MAX_TEXT) + "…";
        return s.isEmpty() ? null : s;
    }
}
