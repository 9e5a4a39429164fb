package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.config.HostileFiles;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PersonalContactsTest {

    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();

    private List<PersonalContact> load(String json) throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("contacts.json"), json);
        return PersonalContacts.load(Map.of("LISEUSE_HOME", home.toString()), Messages.french(), warnings::add);
    }

    @Test
    void entriesAreReadInOrderWithTheirNumbersNormalised() throws IOException {
        List<PersonalContact> contacts = load("""
                {"contacts": [
                  {"name": "Claire, ma sœur", "number": "06.12.34.56.78", "note": "à toute heure"},
                  {"name": "Assistante sociale", "number": "+33 3 53 01 42 17"},
                  {"name": "Cousin à Bruxelles", "number": "+32 2 555 12 34"}
                ]}""");
        assertEquals(List.of(
                new PersonalContact("Claire, ma sœur", "0612345678", "06 12 34 56 78", "à toute heure"),
                new PersonalContact("Assistante sociale", "0353014217", "03 53 01 42 17", null),
                new PersonalContact("Cousin à Bruxelles", "+3225551234", "+32 2 555 12 34", null)), contacts);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBareListWorksToo() throws IOException {
        assertEquals(1, load("[{\"name\": \"Voisine\", \"number\": \"0353010203\"}]").size());
    }

    @Test
    void aBrokenFileGivesOneWarningAndNoContacts() throws IOException {
        assertEquals(List.of(), load("{\"contacts\": [ {\"name\": "));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("contacts personnels ignorés : "), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("contacts.json (JSON line 1)"), warnings.get(0));
    }

    @Test
    void badEntriesAreLeftOutWithOneWarningForTheFile() throws IOException {
        List<PersonalContact> contacts = load("""
                {"contacts": [{"name": "Sans numéro"}, {"name": "Lettres", "number": "appelle-moi"},
                              {"name": "Bon", "number": "06 11 22 33 44"}, 42]}""");
        assertEquals(List.of("Bon"), contacts.stream().map(PersonalContact::name).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("(entry 1: \"name\" and \"number\" are needed)"), warnings.get(0));
    }

    @Test
    void controlCharactersNeverReachTheScreen() throws IOException {
        PersonalContact c = load("[{\"name\": \"A\\u001b[31mB\\u202e\", \"number\": \"0612345678\"}]").get(0);
        assertTrue(c.name().chars().noneMatch(ch -> ch < 0x20 || ch == 0x202e), c.name());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeOrAHugeFileGivesOneWarningAndNoContacts() throws Exception {
        Path file = Files.createDirectories(home.resolve("config")).resolve("contacts.json");
        Map<String, String> env = Map.of("LISEUSE_HOME", home.toString());
        HostileFiles.fifo(file);
        assertEquals(List.of(), PersonalContacts.load(env, Messages.french(), warnings::add));
        Files.delete(file);
        HostileFiles.sparse(file);
        assertEquals(List.of(), PersonalContacts.load(env, Messages.french(), warnings::add));
        assertEquals(List.of(
                "contacts personnels ignorés : " + file + " (pas un fichier ordinaire (tube nommé, périphérique ou socket))",
                "contacts personnels ignorés : " + file + " (plus de 1 Mio)"), warnings);
    }

    @Test
    void noFileNoFolderNoWarning() {
        assertEquals(List.of(), PersonalContacts.load(Map.of("LISEUSE_HOME", home.toString()), Messages.french(), warnings::add));
        assertEquals(List.of(), PersonalContacts.load(Map.of(), Messages.french(), warnings::add));
        assertEquals(List.of(), warnings);
    }
}
