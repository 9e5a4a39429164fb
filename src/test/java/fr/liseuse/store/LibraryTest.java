package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @TempDir
    Path home;

    private final List<String> damaged = new ArrayList<>();
    private int waits;

    private final LibraryEvents events = new LibraryEvents() {
        @Override
        public void waiting() {
            waits++;
        }

        @Override
        public void damaged(String entry) {
            damaged.add(entry);
        }
    };

    private Library library() {
        return new Library(Pages.settings(home, false), events);
    }

    private List<String> ids(List<LibraryHit> hits) {
        return hits.stream().map(LibraryHit::id).toList();
    }

    @Test
    void anEntryKeepsRawBytesFetchDetailsAndThePageJson() throws Exception {
        NewEntry page = Pages.page("noel", "Marché de Noël", "Les chalets ouvrent samedi.");
        String id = library().save(List.of(page)).get(0).id();
        Entry entry = library().find(id).orElseThrow();
        assertArrayEquals(page.raw(), entry.raw());
        assertEquals(page.pageJson(), entry.pageJson());
        assertEquals(page.capture(), entry.capture());
        assertEquals("Marché de Noël", entry.page().title());
        assertEquals(List.of(id + ".entry"), entryFiles(), "one file per entry, no temporary file left");
    }

    @Test
    void aLongSaveWritesEachPageAtOnceAndLeavesTheIndexCurrent() throws Exception {
        Library library = library();
        Library.Saving saving = library.saving();
        List<String> saved = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            saved.add(saving.add(Pages.page("lampe" + i, "Lampe " + i, "Lanterne numéro " + i)).id());
            assertEquals(i + 1, entryFiles().size(), "page " + i + " is on disk as soon as it is saved");
        }
        saving.finish();
        String token = Files.readString(home.resolve("library/state")).strip();
        assertTrue(new LibraryIndex(Pages.settings(home, false).paths().index()).fresh(token), "no rebuild left to do");
        assertEquals(saved.stream().sorted().toList(), ids(library.search("lanterne", 100)).stream().sorted().toList());
    }

    @Test
    void aSearchDuringALongSaveFindsThePagesAlreadySaved() throws Exception {
        Library.Saving saving = library().saving();
        String first = saving.add(Pages.page("phare", "Phare", "Le phare clignote")).id();
        assertEquals(List.of(first), ids(library().search("phare", 10)), "another process searching meanwhile");
        String second = saving.add(Pages.page("phare2", "Phare Sud", "Le phare Sud clignote")).id();
        saving.finish();
        assertEquals(2, library().search("phare", 10).size());
        assertTrue(ids(library().search("sud", 10)).contains(second));
    }

    @Test
    void indexIsRebuiltWhenMissing() throws Exception {
        String id = library().save(List.of(Pages.page("a", "Piscine", "Horaires de la piscine"))).get(0).id();
        deleteIndex();
        assertEquals(List.of(id), ids(library().search("piscine", 10)));
    }

    @Test
    void indexIsRebuiltWhenItsFilesAreDamaged() throws Exception {
        String id = library().save(List.of(Pages.page("a", "Piscine", "Horaires de la piscine"))).get(0).id();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.resolve("cache/index"))) {
            for (Path file : files) {
                if (!file.getFileName().toString().equals("write.lock")) Files.write(file, new byte[] {1, 2, 3});
            }
        }
        assertEquals(List.of(id), ids(library().search("piscine", 10)));
    }

    @Test
    void indexOfAnOlderFormatIsRebuilt() throws Exception {
        String id = library().save(List.of(Pages.page("a", "Piscine", "Horaires de la piscine"))).get(0).id();
        String token = Files.readString(home.resolve("library/state")).strip();
        deleteIndex();
        try (FSDirectory dir = FSDirectory.open(home.resolve("cache/index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("format", "liseuse.index/0", "library", token).entrySet());
            writer.commit();
        }
        assertEquals(List.of(id), ids(library().search("piscine", 10)));
    }

    @Test
    void indexBehindTheLibraryIsRebuilt() throws Exception {
        library().save(List.of(Pages.page("a", "Piscine", "Horaires de la piscine")));
        Path index = home.resolve("cache/index");
        // a writer that died after writing its entry but before updating the index
        Files.move(index, home.resolve("old-index"));
        String second = library().save(List.of(Pages.page("b", "Piscine Nord", "La piscine Nord ferme"))).get(0).id();
        deleteIndex();
        Files.move(home.resolve("old-index"), index);
        List<String> found = ids(library().search("piscine", 10));
        assertEquals(2, found.size());
        assertTrue(found.contains(second));
    }

    @Test
    void aHalfWrittenEntryIsReportedAndSkippedEverywhere() throws Exception {
        Library library = library();
        String good = library.save(List.of(Pages.page("a", "Piscine", "Horaires de la piscine"))).get(0).id();
        String bad = library.save(List.of(Pages.page("b", "Piscine Sud", "La piscine Sud"))).get(0).id();
        Path file = home.resolve("library/" + bad + ".entry");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));

        assertEquals(List.of(good), library.list().stream().map(EntrySummary::id).toList());
        assertEquals(List.of(bad + ".entry"), damaged);
        LibraryException failure = assertThrows(LibraryException.class, () -> library.find(bad));
        assertEquals(LibraryException.Kind.DAMAGED, failure.kind());
        deleteIndex();
        assertEquals(List.of(good), ids(library().search("piscine", 10)));
    }

    @Test
    void aFlippedByteIsCaughtByTheDigest() throws Exception {
        String id = library().save(List.of(Pages.page("a", "Piscine", "Horaires de la piscine"))).get(0).id();
        Path file = home.resolve("library/" + id + ".entry");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 1;
        Files.write(file, bytes);
        assertThrows(LibraryException.class, () -> library().find(id));
    }

    @Test
    void leftoverTemporaryFilesAreIgnoredThenRemovedByTheNextWriter() throws Exception {
        library().save(List.of(Pages.page("a", "Piscine", "Horaires")));
        Path temp = home.resolve("library/" + AtomicFiles.TEMP_PREFIX + "0123abcd.entry-99");
        Files.writeString(temp, "half");
        assertEquals(1, library().list().size());
        assertTrue(damaged.isEmpty());
        library().save(List.of(Pages.page("b", "Patinoire", "Horaires")));
        assertFalse(Files.exists(temp));
    }

    @Test
    void twoPagesWhoseIdsCollideGetDifferentIds() throws Exception {
        NewEntry page = Pages.page("a", "Piscine", "Horaires");
        String shortId = Ids.candidates("https://example.fr/a").get(0);
        // another page already holds the short id
        NewEntry other = Pages.page("z", "Autre", "Autre page");
        Entry squatter = new Entry(shortId, "https://example.fr/z", java.time.Instant.now(), other.capture(),
                new PageText("Autre", "https://example.fr/z", "fr", "Autre page"), other.pageJson(), other.raw());
        Files.createDirectories(home.resolve("library"));
        new AtomicFiles().write(home.resolve("library/" + shortId + ".entry"), new EntryFormat().encode(squatter));

        String id = library().save(List.of(page)).get(0).id();
        assertEquals(Ids.candidates("https://example.fr/a").get(1), id);
        assertEquals(id, library().save(List.of(page)).get(0).id(), "the longer id is stable too");
        assertEquals(2, library().list().size());
    }

    @Test
    void aWriterWaitsForTheLockThenGivesUpWithBusy() throws Exception {
        Files.createDirectories(home.resolve("library"));
        Library impatient = new Library(Pages.settings(home, false).withLockTimeout(Duration.ofMillis(200)), events);
        try (LibraryLock held = LibraryLock.acquire(home.resolve("library/lock"), Duration.ofSeconds(1), events)) {
            LibraryException failure = assertThrows(LibraryException.class,
                    () -> impatient.save(List.of(Pages.page("a", "Piscine", "Horaires"))));
            assertEquals(LibraryException.Kind.BUSY, failure.kind());
        }
        assertEquals(1, waits, "told once that it waits");
        assertEquals(1, impatient.save(List.of(Pages.page("a", "Piscine", "Horaires"))).size());
    }

    @Test
    void discreetLibraryRefusesEveryChangeAndCreatesNothing() {
        Library discreet = new Library(Pages.settings(home, true), events);
        for (LibraryException failure : List.of(
                assertThrows(LibraryException.class, () -> discreet.save(List.of(Pages.page("a", "P", "T")))),
                assertThrows(LibraryException.class, () -> discreet.remove(List.of("0123abcd"))),
                assertThrows(LibraryException.class, discreet::clear))) {
            assertEquals(LibraryException.Kind.DISCREET, failure.kind());
        }
        assertTrue(home.toFile().list().length == 0, "nothing created");
    }

    @Test
    void clearRemovesEntriesAndEmptiesTheIndex() throws Exception {
        library().save(List.of(Pages.page("a", "Piscine", "Horaires"), Pages.page("b", "Patinoire", "Horaires")));
        assertEquals(2, library().clear());
        assertEquals(List.of(), library().list());
        assertEquals(List.of(), library().search("horaires", 10));
        assertEquals(List.of(), entryFiles());
    }

    @Test
    void englishPagesUseEnglishStemsAndStopWords() throws Exception {
        String id = library().save(List.of(Pages.page("en", "Bikes", "The council is building new cycle lanes", "en")))
                .get(0).id();
        assertEquals(List.of(id), ids(library().search("lane", 10)));
        assertEquals(List.of(id), ids(library().search("\"building new\"", 10)));
        assertFalse(library().searchable("a, on !"), "stop words of both languages only");
    }

    private List<String> entryFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.resolve("library"))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.equals("lock") && !name.equals("state")) names.add(name);
            }
        }
        return names;
    }

    private void deleteIndex() throws IOException {
        Path index = home.resolve("cache/index");
        if (!Files.exists(index)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(index)) {
            for (Path file : files) Files.delete(file);
        }
        Files.delete(index);
    }
}
