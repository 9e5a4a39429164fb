package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.cli.CliRunner;
import fr.liseuse.store.PersonalContacts;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person learns one order: the full-screen panel, line mode's {@code !} and {@code contacts}
 * (text and JSON) list the same numbers in the same order, for a page with a local association's
 * number and a user with a contact of their own.
 */
class EmergencyListOrderTest {

    private static final String PAGE = "demo:/solidarite/violences-conjugales";
    /** A number (or an address) at the start of a summary line, before the name: {@code 116 006 : France Victimes}. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\+?[0-9][0-9 ]*[0-9]|[^\\s@]+@\\S+) : ");

    @TempDir
    Path home;

    @Test
    void panelLineModeAndContactsShowTheSameNumbersInTheSameOrder() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("contacts.json"),
                "{\"contacts\": [{\"name\": \"Claire, ma sœur\", \"number\": \"06 12 34 56 78\"}]}");
        Map<String, String> env = Map.of("LISEUSE_HOME", home.toString());

        Harness h = Harness.withContacts(PersonalContacts.find(env, Messages.french()), PAGE);
        h.keys(key(KeyType.F2));
        List<String> rows = h.rows();
        List<String> panel = numbers(rows.subList(1, rows.size() - 2), "> ");

        CliRunner.Result line = new CliRunner().env("TERM", "dumb").env("LISEUSE_HOME", home.toString())
                .stdin("!\nq\n").run("--lang", "fr", "--line-mode", PAGE);
        assertEquals(0, line.code(), line.err());
        List<String> lineMode = numbers(summaries(line.out()), "");

        CliRunner.Result text = new CliRunner().env("LISEUSE_HOME", home.toString())
                .run("--lang", "fr", "--offline", "contacts", PAGE);
        assertEquals(0, text.code(), text.err());
        List<String> contacts = numbers(summaries(text.out()), "");

        CliRunner.Result json = new CliRunner().env("LISEUSE_HOME", home.toString())
                .run("--lang", "fr", "--offline", "contacts", "--format", "json", PAGE);
        assertEquals(0, json.code(), json.err());
        List<String> array = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper().readTree(json.out())) array.add(entry.get("display").asText());

        assertTrue(panel.containsAll(List.of("17", "112", "114", "06 12 34 56 78", "03 53 01 42 17", "3919")), panel.toString());
        assertTrue(panel.indexOf("114") < panel.indexOf("06 12 34 56 78")
                && panel.indexOf("06 12 34 56 78") < panel.indexOf("03 53 01 42 17")
                && panel.indexOf("03 53 01 42 17") < panel.indexOf("3919"), panel.toString());
        assertEquals(panel, lineMode, "line mode's ! against the panel");
        assertEquals(panel, contacts, "contacts (text) against the panel");
        assertEquals(panel, array, "contacts --format json against the panel");
    }

    /** The summary part of a text output: from the first group heading to the details. */
    private static List<String> summaries(String out) {
        List<String> lines = out.lines().toList();
        int first = lines.indexOf("Urgence : police, secours");
        int details = lines.indexOf("Détails");
        assertTrue(first >= 0 && details > first, out);
        return lines.subList(first, details);
    }

    private static List<String> numbers(List<String> lines, String marker) {
        List<String> numbers = new ArrayList<>();
        for (String line : lines) {
            String item = line.startsWith(marker) ? line.substring(marker.length()) : line.strip();
            Matcher m = LEADING_NUMBER.matcher(item);
            if (m.find()) numbers.add(m.group(1));
        }
        return numbers;
    }
}
