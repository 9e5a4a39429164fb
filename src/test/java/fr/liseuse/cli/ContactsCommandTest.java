package fr.liseuse.cli;

import static fr.liseuse.cli.CliRunner.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contacts [SOURCE]}: the emergency list in its one order, each entry marked with where it comes from. */
class ContactsCommandTest {

    @TempDir
    Path home;

    private void contactsFile(String json) throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("contacts.json"), json);
    }

    @Test
    void emergencyNumbersThenUserThenPageThenNationalLines() throws IOException {
        contactsFile("{\"contacts\": [{\"name\": \"Claire\", \"number\": \"06 12 34 56 78\"}]}");
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString())
                .run("--offline", "contacts", "--format", "json", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> order = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper().readTree(r.out())) {
            String source = entry.get("source").asText();
            if (order.isEmpty() || !order.get(order.size() - 1).equals(source)) order.add(source);
        }
        assertEquals(List.of("directory", "user", "page", "directory"), order);

        String text = new CliRunner().env("LISEUSE_HOME", home.toString()).run("contacts", fixture("collecte.html")).out();
        int emergency = text.indexOf("Urgence : police, secours");
        int user = text.indexOf("Vos contacts\n");
        int page = text.indexOf("Dans cette page");
        int national = text.indexOf("Écoute et aide, numéros nationaux");
        int details = text.indexOf("Détails\n");
        assertTrue(emergency == 0 && emergency < user && user < page && page < national && national < details, text);
        assertTrue(text.contains("\n06 12 34 56 78 : Claire\n"), text);
    }

    @Test
    void aBadContactsFileIsOneLineInTheListItselfAndTheDirectoryStillShows() throws IOException {
        contactsFile("{\"contacts\": [\n  {\"name\": \"Claire\",\n");
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString()).run("--offline", "contacts");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        String file = home.resolve("config").resolve("contacts.json").toString();
        assertTrue(r.out().contains("\nVos contacts\n============\nVos contacts n'ont pas pu être lus (" + file
                + ") : JSON mal formé, ligne 3, colonne 1.\n"), r.out());
        assertTrue(r.out().contains("\n3919 : Violences Femmes Info"), r.out());
    }

    @Test
    void inEnglishTheProblemAndTheDirectoryAreInEnglishOnly() throws IOException {
        contactsFile("{\"contacts\": [{\"name\": \"Claire\"}, {\"name\": \"Voisine\", \"number\": \"0353010203\"}]}");
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString()).run("--offline", "--lang", "en", "contacts");
        assertEquals(0, r.code());
        String file = home.resolve("config").resolve("contacts.json").toString();
        assertTrue(r.out().contains("\nYour contacts\n=============\nOne of your contacts is left out (" + file
                + "): entry 1 lacks \"name\" or \"number\".\n03 53 01 02 03: Voisine\n"), r.out());
        assertTrue(r.out().contains("\n3919: Violences Femmes Info · helpline · free · 24/7\n"), r.out());
        assertTrue(r.out().contains("Listening, information and referral for women"), r.out());
        assertTrue(r.out().contains("Hours: 24/7"), r.out());
        assertTrue(!r.out().contains("Horaires") && !r.out().contains("Gratuit") && !r.out().contains(" écoute"), r.out());
    }

    @Test
    void withJsonTheProblemGoesToStderrOnOneLine() throws IOException {
        contactsFile("pas du JSON");
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString()).run("--offline", "contacts", "--format", "json");
        assertEquals(0, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("liseuse: Vos contacts n'ont pas pu être lus ("), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals("17", all.get(0).get("number").asText());
    }
}
