package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save, library list/remove/clear, read ID and discreet mode, driven as a user or a script would. */
class LibraryCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner().env("LISEUSE_HOME", home.toString());
    }

    static String page(String name) {
        return Path.of("src/test/resources/library", name).toString();
    }

    private JsonNode list() throws IOException {
        CliRunner.Result r = cli().run("library", "list", "--format", "json");
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private String savedId(CliRunner.Result saved) {
        String line = saved.out().lines().findFirst().orElseThrow();
        return line.split("\\s+")[2];
    }

    @Test
    void savedPagesAreListedReadByIdRemovedAndCleared() throws IOException {
        CliRunner.Result saved = cli().run("save", page("ecole.html"), page("tri.html"));
        assertEquals(0, saved.code(), saved.err());
        assertTrue(saved.out().contains("Inscriptions scolaires"), saved.out());

        JsonNode entries = list();
        assertEquals(2, entries.size());
        JsonNode first = entries.get(0);
        assertTrue(first.get("id").asText().matches("[0-9a-f]{8}"), first.toString());
        assertEquals("Inscriptions scolaires", first.get("title").asText());
        assertEquals("https://www.lisiere.example/education/inscriptions", first.get("url").asText());
        assertEquals(page("ecole.html"), first.get("source").asText());
        assertFalse(first.get("savedAt").asText().isEmpty());

        String id = first.get("id").asText();
        CliRunner.Result read = cli().run("read", id);
        assertEquals(0, read.code(), read.err());
        assertTrue(read.out().contains("les inscriptions à l’école maternelle") || read.out().contains("école maternelle"),
                read.out());

        CliRunner.Result removed = cli().run("library", "remove", id);
        assertEquals(0, removed.code(), removed.err());
        assertTrue(removed.out().contains(id), removed.out());
        assertEquals(1, list().size());
        assertEquals(66, cli().run("read", id).code(), "a removed id is not found");

        CliRunner.Result cleared = cli().run("library", "clear");
        assertEquals(0, cleared.code(), cleared.err());
        assertEquals(0, list().size());
        assertEquals("[]", cli().run("search", "tri", "--format", "json").out().strip());
    }

    @Test
    void textListShowsIdDateAndTitleAndSaysWhenEmpty() {
        assertTrue(cli().run("library", "list").out().contains("La bibliothèque est vide."));
        cli().run("save", page("coeur.html"));
        String out = cli().run("library").out();
        assertTrue(out.matches("[0-9a-f]{8}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Travaux au cœur de la ville\\R"), out);
    }

    @Test
    void savingTheSameAddressAgainKeepsOneEntryAndItsId() throws IOException {
        String first = savedId(cli().run("save", page("violences.html")));
        String second = savedId(cli().run("save", page("violences.html")));
        assertEquals(first, second);
        assertEquals(1, list().size());
    }

    @Test
    void aSourceThatFailsIsReportedAndTheOthersAreSaved() throws IOException {
        CliRunner.Result r = cli().run("save", page("absente.html"), page("coeur.html"));
        assertEquals(66, r.code());
        assertTrue(r.err().startsWith("liseuse: "), r.err());
        assertEquals(1, list().size());
    }

    @Test
    void standardInputIsSavedUnderAnIdTakenFromItsContent() throws IOException {
        String html = "<html><body><main><p>Notes sur la fête de Noël du quartier.</p></main></body></html>";
        CliRunner.Result first = cli().stdin(html).run("save", "-");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("(sans titre)"), first.out());
        assertEquals(savedId(first), savedId(cli().stdin(html).run("save", "-")), "same bytes, same entry");
        assertEquals(1, list().size());
        assertEquals(savedId(first), JSON.readTree(cli().run("search", "noel", "--format", "json").out())
                .get(0).get("id").asText());
    }

    @Test
    void removingAnUnknownIdIsNotFound() {
        CliRunner.Result r = cli().run("library", "remove", "0123abcd");
        assertEquals(66, r.code());
        assertTrue(r.err().contains("0123abcd"), r.err());
    }

    @Test
    void aDamagedEntryIsReportedOnceAndSkipped() throws IOException {
        cli().run("save", page("coeur.html"));
        Files.writeString(home.resolve("library/deadbeef.entry"), "liseuse-entry/1\n{\"id\":\"dead");
        CliRunner.Result r = cli().run("library", "list", "--format", "json");
        assertEquals(0, r.code());
        assertEquals(1, JSON.readTree(r.out()).size());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("liseuse: ") && r.err().contains("deadbeef.entry"), r.err());
        CliRunner.Result search = cli().run("search", "chantier", "--format", "json");
        assertEquals(0, search.code(), search.err());
        assertEquals(1, JSON.readTree(search.out()).size());
    }

    @Test
    void discreetModeRefusesChangesAndLeavesTheDataFoldersByteIdentical() throws IOException {
        String id = savedId(cli().run("save", page("coeur.html")));
        cli().run("save", page("tri.html"));
        deleteTree(home.resolve("cache"));
        Map<String, String> before = snapshot(home);

        CliRunner discreet = cli().env("LISEUSE_DISCREET", "1");
        CliRunner.Result save = discreet.run("save", page("ecole.html"));
        assertEquals(2, save.code());
        assertTrue(save.err().startsWith("liseuse: ") && save.err().contains("discret"), save.err());
        assertEquals(1, save.err().lines().count(), save.err());
        assertEquals(2, cli().run("--discreet", "save", page("ecole.html")).code());
        assertEquals(2, cli().run("--discreet", "library", "remove", id).code());
        assertEquals(2, cli().run("--discreet", "library", "clear").code());
        assertEquals(0, cli().run("--discreet", "library", "list").code());
        assertEquals(0, cli().run("--discreet", "read", id).code());
        CliRunner.Result search = cli().run("--discreet", "search", "chantier", "--format", "json");
        assertEquals(0, search.code(), search.err());
        assertEquals(id, JSON.readTree(search.out()).get(0).get("id").asText(), "searched from an index in memory");
        CliRunner.Result line = discreet.env("TERM", "dumb").stdin("sauver\nchercher tri\nq\n")
                .run("--line-mode", page("ecole.html"));
        assertTrue(line.out().contains("discret"), line.out());

        assertEquals(before, snapshot(home));
        assertFalse(Files.exists(home.resolve("cache")));
    }

    @Test
    void lineModeSavesTheShownPageAndSearchOpensAHitByNumber() throws IOException {
        CliRunner.Result saved = cli().env("TERM", "dumb").stdin("sauver\nq\n").run("--line-mode", page("hopital.html"));
        assertTrue(saved.out().contains("Page enregistrée"), saved.out());
        assertEquals(1, list().size());

        CliRunner.Result found = cli().env("TERM", "dumb").stdin("chercher hopital\n1\nq\n").run("--line-mode", "demo:/");
        assertTrue(found.out().contains("1 résultat dans la bibliothèque pour « hopital »"), found.out());
        assertTrue(found.out().contains("1. Les hôpitaux de la métropole"), found.out());
        assertTrue(found.out().lines().filter(l -> l.startsWith("Page : Les hôpitaux")).count() == 1, found.out());
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String what = Files.isDirectory(p) ? "dir"
                        : Arrays.toString(Files.readAllBytes(p)).hashCode() + "/" + Files.size(p) + " " + Files.getLastModifiedTime(p);
                files.put(root.relativize(p).toString(), what);
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) Files.delete(all.get(i));
    }
}
