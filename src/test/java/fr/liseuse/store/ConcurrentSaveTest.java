package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.config.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two liseuse processes saving 50 pages each at the same time: all 100 are kept and indexed. */
class ConcurrentSaveTest {

    private static final int PAGES = 50;

    @TempDir
    Path home;

    @TempDir
    Path pages;

    @Test
    void twoProcessesSavingAtOnceLoseNothing() throws Exception {
        List<Process> children = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            List<String> args = new ArrayList<>(List.of("save"));
            for (int i = 0; i < PAGES; i++) args.add(writePage(writer, i).toString());
            Path log = pages.resolve(writer + ".err");
            logs.add(log);
            children.add(Children.start(home, log, "fr.liseuse.Main", args));
        }
        for (Process child : children) {
            assertTrue(child.waitFor(180, TimeUnit.SECONDS), "child finished");
            assertEquals(0, child.exitValue(), Files.readString(logs.get(children.indexOf(child))));
        }
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                assertTrue(line.startsWith("liseuse: un autre liseuse écrit dans la bibliothèque"),
                        "nothing but the wait notice on stderr: " + line);
            }
        }

        Settings settings = Pages.settings(home, false);
        Library library = new Library(settings, LibraryEvents.SILENT);
        List<EntrySummary> entries = library.list();
        assertEquals(2 * PAGES, entries.size());
        Set<String> ids = new HashSet<>();
        entries.forEach(entry -> ids.add(entry.id()));
        assertEquals(2 * PAGES, ids.size());

        String token = Files.readString(settings.paths().library().resolve("state")).strip();
        assertTrue(new LibraryIndex(settings.paths().index()).fresh(token), "the last writer left the index up to date");
        Set<String> found = new HashSet<>();
        library.search("lanterne", 1000).forEach(hit -> found.add(hit.id()));
        assertEquals(ids, found);
        assertEquals(1, library.search("\"lanterne b17\"", 10).size());
    }

    private Path writePage(String writer, int n) throws Exception {
        Path file = pages.resolve(writer + n + ".html");
        Files.writeString(file, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Page " + writer + n + "</title>"
                + "<link rel=\"canonical\" href=\"https://example.fr/" + writer + "/" + n + "\"></head><body><main><article>"
                + "<h1>Lanterne " + writer + n + "</h1><p>Le rallumage de la lanterne " + writer + n
                + " a lieu chaque soir à la tombée de la nuit, sur la place du marché couvert.</p>"
                + "<p>Les habitants du quartier sont invités à la fête des lumières de décembre.</p>"
                + "</article></main></body></html>", StandardCharsets.UTF_8);
        return file;
    }
}
