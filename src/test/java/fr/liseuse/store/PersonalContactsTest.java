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
        return load(Map.of("LISEUSE_HOME", home.toString()));
    }

    /** The contacts; the problem, if any, goes into {@code warnings}. */
    private List<PersonalContact> load(Map<String, String> env) {
        PersonalContacts.Loaded loaded = PersonalContacts.find(env, Messages.french());
        if (loaded.problem() != null) warnings.add(loaded.problem());
        return loaded.contacts();
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
        assertEquals("Vos contacts n'ont pas pu être lus (" + home.resolve("config").resolve("contacts.json")
                + ") : JSON mal formé, ligne 1, colonne 25.", warnings.get(0));
    }

    @Test
    void badEntriesAreLeftOutWithOneWarningForTheFile() throws IOException {
        List<PersonalContact> contacts = load("""
                {"contacts": [{"name": "Sans numéro"}, {"name": "Lettres", "number": "appelle-moi"},
                              {"name": "Bon", "number": "06 11 22 33 44"}, 42]}""");
        assertEquals(List.of("Bon"), contacts.stream().map(PersonalContact::name).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Un de vos contacts est ignoré ("), warnings.get(0));
        assertTrue(warnings.get(0).endsWith(" : l'entrée 1 n'a pas à la fois « name » et « number »."), warnings.get(0));
    }

    @Test
    void theProblemIsAValueInTheUiLanguageWithTheUsableEntries() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("contacts.json"),
                "[{\"name\": \"Lettres\", \"number\": \"appelle-moi\"}, {\"name\": \"Bon\", \"number\": \"0611223344\"}]");
        PersonalContacts.Loaded loaded = PersonalContacts.find(Map.of("LISEUSE_HOME", home.toString()), Messages.english());
        assertEquals(List.of("Bon"), loaded.contacts().stream().map(PersonalContact::name).toList());
        assertEquals("One of your contacts is left out (" + home.resolve("config").resolve("contacts.json")
                + "): entry 1 is not a phone number: appelle-moi.", loaded.problem());
        Files.writeString(home.resolve("config").resolve("contacts.json"), "{\"people\": []}");
        assertTrue(PersonalContacts.find(Map.of("LISEUSE_HOME", home.toString()), Messages.english()).problem()
                .endsWith("): there is no \"contacts\" list."));
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
        PersonalContacts.Loaded fromPipe = PersonalContacts.find(env, Messages.french());
        Files.delete(file);
        HostileFiles.sparse(file);
        PersonalContacts.Loaded fromHuge = PersonalContacts.find(env, Messages.french());
        assertEquals(List.of(), fromPipe.contacts());
        assertEquals(List.of(), fromHuge.contacts());
        assertEquals(List.of(
                "Vos contacts n'ont pas pu être lus (" + file + ") : pas un fichier ordinaire (tube nommé, périphérique ou socket).",
                "Vos contacts n'ont pas pu être lus (" + file + ") : plus de 1 Mio."),
                List.of(fromPipe.problem(), fromHuge.problem()));
    }

    @Test
    void noFileNoFolderNoWarning() {
        assertEquals(List.of(), load(Map.of("LISEUSE_HOME", home.toString())));
        assertEquals(List.of(), load(Map.of()));
        assertEquals(List.of(), warnings);
    }
}
