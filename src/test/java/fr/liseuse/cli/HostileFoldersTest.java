package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.config.HostileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home whose every folder holds a named pipe, a link to /dev/zero, a folder and a 3 GB sparse file
 * where liseuse expects files, and whose settings and contacts are a pipe and a huge file: each
 * command completes, with one {@code liseuse: } line per thing skipped. A hang fails through the timeout.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFoldersTest {

    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner().env("LISEUSE_HOME", home.toString());
    }

    @BeforeEach
    void plantEverything() throws Exception {
        CliRunner.Result saved = cli().run("save", LibraryCommandsTest.page("coeur.html"));
        assertEquals(0, saved.code(), saved.err());
        HostileFiles.all(home.resolve("library"), ".entry");
        HostileFiles.all(home.resolve("config").resolve("sites"), ".json");
        HostileFiles.fifo(home.resolve("config").resolve("settings.json"));
        HostileFiles.sparse(home.resolve("config").resolve("contacts.json"));
        Files.delete(home.resolve("library").resolve("state"));
    }

    private static List<String> lines(CliRunner.Result r) {
        List<String> lines = r.err().lines().toList();
        for (String line : lines) assertTrue(line.startsWith("liseuse: "), r.err());
        return lines;
    }

    private static long count(List<String> lines, String text) {
        return lines.stream().filter(line -> line.contains(text)).count();
    }

    @Test
    void listingAndSearchingTheLibraryComplete() {
        CliRunner.Result list = cli().run("library", "list");
        assertEquals(0, list.code(), list.err());
        assertEquals(1, list.out().lines().count(), list.out());
        List<String> listed = lines(list);
        assertEquals(1, count(listed, "réglages ignorés"), list.err());
        assertEquals(4, count(listed, "entrée de la bibliothèque endommagée, ignorée"), list.err());
        assertEquals(5, listed.size(), list.err());

        CliRunner.Result search = cli().run("search", "chantier");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("chantier") || search.out().contains("Chantier"), search.out());
    }

    @Test
    void theEmergencyContactsStillShowWithTheNationalNumbers() {
        CliRunner.Result contacts = cli().run("contacts");
        assertEquals(0, contacts.code(), contacts.err());
        assertTrue(contacts.out().contains("3919"), contacts.out());
        assertTrue(contacts.out().lines().anyMatch(line -> line.contains("Vos contacts n'ont pas pu être lus")
                && line.endsWith("contacts.json) : plus de 1 Mio.")), contacts.out());
    }

    @Test
    void readingASitePageSkipsEachBadProfileWithOneLine() {
        CliRunner.Result profiles = cli().run("read", "demo:/");
        assertEquals(0, profiles.code(), profiles.err());
        assertEquals(4, count(lines(profiles), "profil de site ignoré"), profiles.err());
    }
}
