package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.config.Settings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saving process killed with SIGKILL at random moments never leaves a damaged library behind. */
class KilledSaveTest {

    private static final int ROUNDS = 8;

    @TempDir
    Path home;

    @TempDir
    Path logs;

    @Test
    void savesKilledAtRandomMomentsLeaveWholeEntriesAndARebuildableIndex() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Settings settings = Pages.settings(home, false);
        for (int round = 0; round < ROUNDS; round++) {
            Process child = Children.start(home, logs.resolve(round + ".err"), SaveLoop.class.getName(),
                    List.of(home.toString(), "r" + round));
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine(), "seed " + seed + ": " + Files.readString(logs.resolve(round + ".err")));
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(child.exitValue() != 0, "killed, not finished");
            check(settings, "seed " + seed + ", after kill " + (round + 1));
        }
        Library library = new Library(settings, LibraryEvents.SILENT);
        library.save(List.of(Pages.page("last", "Dernière", "lanterne")));
        assertEquals(List.of(), temporaryFiles(), "the next writer removes what killed writers left");
    }

    private void check(Settings settings, String context) throws Exception {
        List<String> damaged = new ArrayList<>();
        Library library = new Library(settings, new LibraryEvents() {
            @Override
            public void waiting() { }

            @Override
            public void damaged(String entry) {
                damaged.add(entry);
            }
        });
        List<EntrySummary> entries = library.list();
        assertTrue(entries.size() > 0, context);
        Set<String> ids = new HashSet<>();
        for (EntrySummary entry : entries) {
            ids.add(entry.id());
            assertTrue(library.find(entry.id()).isPresent(), context);
        }
        Set<String> found = new HashSet<>();
        library.search("lanterne", 100_000).forEach(hit -> found.add(hit.id()));
        assertEquals(ids, found, context + ": the index agrees with the entries");
        assertEquals(List.of(), damaged, context);
    }

    private List<Path> temporaryFiles() throws Exception {
        List<Path> temps = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.resolve("library"), AtomicFiles.TEMP_PREFIX + "*")) {
            files.forEach(temps::add);
        }
        return temps;
    }
}
