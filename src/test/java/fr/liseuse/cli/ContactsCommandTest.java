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

/** {@code contacts SOURCE}: the page's contacts, then the user's, then the directory, each marked. */
class ContactsCommandTest {

    @TempDir
    Path home;

    @Test
    void pageThenUserThenDirectory() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("contacts.json"), "{\"contacts\": [{\"name\": \"Claire\", \"number\": \"06 12 34 56 78\"}]}");
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString())
                .run("--offline", "contacts", "--format", "json", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> order = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper().readTree(r.out())) {
            String source = entry.get("source").asText();
            if (order.isEmpty() || !order.get(order.size() - 1).equals(source)) order.add(source);
        }
        assertEquals(List.of("page", "user", "directory"), order);

        String text = new CliRunner().env("LISEUSE_HOME", home.toString()).run("contacts", fixture("collecte.html")).out();
        int page = text.indexOf("Dans cette page");
        int user = text.indexOf("Vos contacts\n");
        int national = text.indexOf("Numéros nationaux");
        assertTrue(page == 0 && page < user && user < national, text);
        assertTrue(text.contains("06 12 34 56 78 : Claire\n"), text);
    }

    @Test
    void aBadContactsFileWarnsOnOneLineAndTheDirectoryStillShows() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("contacts.json"), "pas du JSON");
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString()).run("--offline", "contacts");
        assertEquals(0, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("liseuse: contacts personnels ignorés : "), r.err());
        assertTrue(r.out().startsWith("Numéros nationaux"), r.out());
    }
}
