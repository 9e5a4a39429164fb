package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages and their index are the user's alone: nobody else on the machine may read them. */
class PrivateFilesModesTest {

    @TempDir
    Path root;

    /** Mode of every file and folder under {@code top}, by relative path ({@code .} for top itself). */
    private static Map<String, String> modes(Path top) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : all.toList()) {
                String name = top.relativize(p).toString();
                modes.put(name.isEmpty() ? "." : name, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        return modes;
    }

    private static void assertPrivate(Map<String, String> modes, Path top) throws IOException {
        assertTrue(modes.size() > 8, modes.toString());
        for (Map.Entry<String, String> e : modes.entrySet()) {
            boolean folder = Files.isDirectory(top.resolve(e.getKey()));
            assertEquals(folder ? "rwx------" : "rw-------", e.getValue(), e.getKey() + " in " + modes);
        }
    }

    @Test
    void aSaveUnderUmask022CreatesEveryFolderAndFilePrivate() throws Exception {
        Path home = root.resolve("home");
        Path log = root.resolve("err.log");
        Process save = Children.startWithUmask("022", home, log, "fr.liseuse.Main",
                List.of("save", "demo:/dechets/horaires"));
        assertTrue(save.waitFor(60, TimeUnit.SECONDS), "save did not finish");
        assertEquals(0, save.exitValue(), Files.readString(log));
        Path library = home.resolve("library");
        try (Stream<Path> entries = Files.list(library)) {
            assertEquals(1, entries.filter(p -> p.toString().endsWith(EntryFormat.SUFFIX)).count());
        }
        assertTrue(Files.exists(library.resolve("lock")));
        assertTrue(Files.exists(home.resolve("cache").resolve("index")));
        assertPrivate(modes(home), home);
    }

    @Test
    void looseFoldersAndFilesAreTightenedAtTheNextSave() throws Exception {
        Path home = root.resolve("home");
        Library library = new Library(Pages.settings(home, false), LibraryEvents.SILENT);
        library.save(List.of(Pages.page("velo", "Vélo", "Les pistes cyclables.")));
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }

        String second = library.save(List.of(Pages.page("bus", "Bus", "Les horaires de bus."))).get(0).id();

        Map<String, String> modes = modes(home);
        modes.keySet().removeIf(name -> name.startsWith("library/") && name.endsWith(EntryFormat.SUFFIX)
                && !name.equals("library/" + second + EntryFormat.SUFFIX));
        assertPrivate(modes, home);
    }
}
