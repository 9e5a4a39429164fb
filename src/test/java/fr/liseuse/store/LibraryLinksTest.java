package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.config.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Links planted in liseuse's folders never lead a write or a deletion outside them. */
class LibraryLinksTest {

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private Library library() {
        return new Library(Pages.settings(home, false), LibraryEvents.SILENT);
    }

    private String save(String slug, String title, String text) throws LibraryException {
        return library().save(List.of(Pages.page(slug, title, text))).get(0).id();
    }

    private List<String> search(String query) throws LibraryException {
        return library().search(query, 10).stream().map(LibraryHit::id).toList();
    }

    private Path outsideFile(String name, String content) throws IOException {
        return Files.writeString(elsewhere.resolve(name), content);
    }

    @Test
    void aLinkedIndexFolderIsReplacedAndTheFolderItPointsToIsLeftAlone() throws Exception {
        Path photo = outsideFile("photo.jpg", "souvenirs");
        Path notes = outsideFile("segments_1", "notes");
        Files.createDirectories(home.resolve("cache"));
        Files.createSymbolicLink(home.resolve("cache").resolve("index"), elsewhere);

        String id = save("bibliotheque", "Bibliothèque", "La bibliothèque ouvre le dimanche.");

        assertEquals("souvenirs", Files.readString(photo));
        assertEquals("notes", Files.readString(notes));
        try (var left = Files.list(elsewhere)) {
            assertEquals(2, left.count());
        }
        assertTrue(Files.isDirectory(home.resolve("cache").resolve("index"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(id), search("bibliotheque"));
    }

    @Test
    void aLinkPlantedAfterTheIndexWasBuiltIsNotSearchedNorWrittenThrough() throws Exception {
        save("piscine", "Piscine", "La piscine ferme en août.");
        Path index = home.resolve("cache").resolve("index");
        Files.walk(index).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Path kept = outsideFile("lettre.txt", "privé");
        Files.createSymbolicLink(index, elsewhere);

        String id = save("patinoire", "Patinoire", "La patinoire ouvre en décembre.");

        assertEquals("privé", Files.readString(kept));
        assertFalse(Files.isSymbolicLink(index));
        assertEquals(List.of(id), search("patinoire"));
    }

    @Test
    void aLinkedLockIsReplacedByAPlainFileAndItsTargetIsNotTouched() throws Exception {
        Path target = outsideFile("bashrc", "alias ll='ls -l'\n");
        Path dangling = elsewhere.resolve("created-by-nobody");
        Files.createDirectories(home.resolve("library"));
        Files.createSymbolicLink(home.resolve("library").resolve("lock"), target);
        save("marche", "Marché", "Le marché a lieu le mercredi.");
        assertEquals("alias ll='ls -l'\n", Files.readString(target));
        assertTrue(Files.isRegularFile(home.resolve("library").resolve("lock"), LinkOption.NOFOLLOW_LINKS));

        Files.delete(home.resolve("library").resolve("lock"));
        Files.createSymbolicLink(home.resolve("library").resolve("lock"), dangling);
        save("marche", "Marché", "Le marché a lieu le samedi.");
        assertTrue(Files.notExists(dangling));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pipesAtTheLockAndStateNamesAreReplacedWithoutBlocking() throws Exception {
        Path library = Files.createDirectories(home.resolve("library"));
        HostileFiles.fifo(library.resolve("lock"));
        HostileFiles.fifo(library.resolve("state"));
        String id = save("cantine", "Cantine", "Les menus de la cantine.");
        assertTrue(Files.isRegularFile(library.resolve("lock"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isRegularFile(library.resolve("state"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(id), search("cantine"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeOrALinkInsideTheIndexFolderMakesItRebuiltWithoutBlocking() throws Exception {
        String id = save("stade", "Stade", "Le stade rouvre au printemps.");
        Path index = home.resolve("cache").resolve("index");
        HostileFiles.fifo(index.resolve("segments_9"));
        HostileFiles.linkToZero(index.resolve("_9.cfs"));
        assertEquals(List.of(id), search("stade"));
        try (var files = Files.list(index)) {
            assertTrue(files.allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)));
        }
    }

    @Test
    void aLinkedEntryIsReplacedOrRemovedButWhatItPointsToStays() throws Exception {
        String id = save("mairie", "Mairie", "La mairie ouvre à 9 h.");
        Path entry = home.resolve("library").resolve(id + EntryFormat.SUFFIX);
        Path target = outsideFile("journal.txt", "mon journal");
        Files.delete(entry);
        Files.createSymbolicLink(entry, target);

        save("mairie", "Mairie", "La mairie ouvre à 8 h 30.");
        assertEquals("mon journal", Files.readString(target));
        assertTrue(Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS));

        Files.delete(entry);
        Files.createSymbolicLink(entry, target);
        assertEquals(List.of(), library().remove(List.of(id)));
        assertTrue(Files.notExists(entry, LinkOption.NOFOLLOW_LINKS));
        assertEquals("mon journal", Files.readString(target));
    }

    @Test
    void aLinkedEntryIsNotReadAsAnEntry() throws Exception {
        String id = save("mairie", "Mairie", "La mairie ouvre à 9 h.");
        Path entry = home.resolve("library").resolve(id + EntryFormat.SUFFIX);
        Path copy = Files.copy(entry, elsewhere.resolve("copie.entry"));
        Files.delete(entry);
        Files.createSymbolicLink(entry, copy);
        assertEquals(List.of(), library().list());
    }
}
