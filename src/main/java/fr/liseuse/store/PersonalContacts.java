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
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The user's own emergency contacts, listed before the national numbers. File
 * {@code contacts.json} in the config folder:
 * <pre>
 * {"contacts": [{"name": "Claire, ma sœur", "number": "06 12 34 56 78", "note": "à toute heure"}]}
 * </pre>
 * (a bare array of entries works too). Never fails: a file that cannot be used gives one warning
 * line and its usable entries, so the emergency panel always opens.
 */
public final class PersonalContacts {

    static final String FILE = "contacts.json";
    private static final int MAX_TEXT = 200;
    private static final Pattern FOREIGN = Pattern.compile("\\+[1-9][0-9 .\\-()]{5,20}");

    private PersonalContacts() { }

    /** @param warnings receives at most one line, in the UI language, without the {@code liseuse: } prefix */
    public static List<PersonalContact> load(Map<String, String> env, Messages messages, Consumer<String> warnings) {
        Optional<Path> folder = ConfigFolder.of(env);
        if (folder.isEmpty()) return List.of();
        Path file = folder.get().resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return List.of();
        String shown = Sanitizer.inline(file.toString());
        try {
            List<String> problems = new ArrayList<>();
            List<PersonalContact> contacts = read(UserJson.read(file, messages), problems);
            if (!problems.isEmpty()) warnings.accept(messages.get("contacts.personal.skipped", shown, problems.get(0)));
            return contacts;
        } catch (UserJson.Unusable e) {
            warnings.accept(messages.get("contacts.personal.skipped", shown, e.getMessage()));
        } catch (IllegalArgumentException e) {
            warnings.accept(messages.get("contacts.personal.skipped", shown, Sanitizer.inline(e.getMessage())));
        }
        return List.of();
    }

    /** The usable entries; one short reason per entry left out goes into problems. */
    static List<PersonalContact> read(JsonNode root, List<String> problems) {
        JsonNode list = root != null && root.isObject() ? root.get("contacts") : root;
        if (list == null || !list.isArray()) throw new IllegalArgumentException("no \"contacts\" list");
        List<PersonalContact> out = new ArrayList<>();
        int n = 0;
        for (JsonNode node : list) {
            n++;
            String name = text(node, "name");
            String written = text(node, "number");
            if (name == null || written == null) {
                problems.add("entry " + n + ": \"name\" and \"number\" are needed");
                continue;
            }
            Optional<PhoneMatch> french = PhoneNumbers.parse(written);
            if (french.isPresent()) {
                out.add(new PersonalContact(name, french.get().number(), french.get().display(), text(node, "note")));
            } else if (FOREIGN.matcher(written).matches()) {
                out.add(new PersonalContact(name, "+" + written.replaceAll("[^0-9]", ""), written, text(node, "note")));
            } else {
                problems.add("entry " + n + ": not a phone number: " + written);
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
