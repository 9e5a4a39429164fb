package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.config.HostileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whatever lies among the entries, the library lists, searches and saves: a hang fails through the timeout. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LibraryHostileEntriesTest {

    private static final List<String> HOSTILE = List.of("folder.entry", "pipe.entry", "sparse.entry", "zero.entry");

    @TempDir
    Path home;

    private final List<String> skipped = new ArrayList<>();
    private String goodId;

    private Library library() {
        return new Library(Pages.settings(home, false), new LibraryEvents() {
            @Override
            public void waiting() { }

            @Override
            public void damaged(String entry) {
                skipped.add(entry);
            }
        });
    }

    @BeforeEach
    void oneGoodEntryAmongHostileOnes() throws Exception {
        goodId = library().save(List.of(Pages.page("composteurs", "Composteurs", "Les composteurs sont gratuits."))).get(0).id();
        HostileFiles.all(home.resolve("library"), ".entry");
    }

    @Test
    void listingSkipsEachOneWithOneLine() throws Exception {
        assertEquals(List.of(goodId), library().list().stream().map(EntrySummary::id).toList());
        assertEquals(HOSTILE, skipped.stream().sorted().toList());
    }

    @Test
    void rebuildingTheIndexSkipsEachOneWithOneLine() throws Exception {
        Files.delete(home.resolve("library").resolve("state"));
        List<LibraryHit> hits = library().search("composteur", 10);
        assertEquals(List.of(goodId), hits.stream().map(LibraryHit::id).toList());
        assertEquals(HOSTILE, skipped.stream().sorted().toList());
    }

    @Test
    void savingStillWorksAndTheHostileFilesAreLeftAlone() throws Exception {
        String id = library().save(List.of(Pages.page("verre", "Verre", "Le verre se trie à part."))).get(0).id();
        assertEquals(List.of(id), library().search("verre", 10).stream().map(LibraryHit::id).toList());
        assertTrue(Files.isDirectory(home.resolve("library").resolve("folder.entry").resolve("inside")));
        assertEquals(HostileFiles.SPARSE_BYTES, Files.size(home.resolve("library").resolve("sparse.entry")));
    }

    @Test
    void aPageTooLargeToBeReadBackIsNotSaved() throws Exception {
        NewEntry small = Pages.page("plan", "Plan", "Le plan de la ville.");
        NewEntry huge = new NewEntry(small.capture(), small.pageJson(), new byte[(int) EntryFormat.MAX_BYTES]);
        LibraryException e = assertThrows(LibraryException.class, () -> library().save(List.of(huge)));
        assertEquals(LibraryException.Kind.DAMAGED, e.kind());
        assertEquals("https://example.fr/plan : page trop volumineuse pour la bibliothèque (plus de 64 Mio avec son texte extrait),"
                + " non enregistrée", e.message(fr.liseuse.text.Messages.french()));
        assertEquals(List.of(goodId), library().list().stream().map(EntrySummary::id).toList());
    }

    @Test
    void anIdWhoseFileIsAPipeIsReportedDamagedWithoutWaiting() throws Exception {
        HostileFiles.fifo(home.resolve("library").resolve("0123abcd.entry"));
        LibraryException e = assertThrows(LibraryException.class, () -> library().find("0123abcd"));
        assertEquals(LibraryException.Kind.DAMAGED, e.kind());
    }

    @Test
    void clearingRemovesThePipeAndTheLinkButNotTheFolderNorWhatItHolds() throws Exception {
        library().clear();
        Path folder = home.resolve("library");
        assertTrue(Files.isDirectory(folder.resolve("folder.entry").resolve("inside")));
        assertTrue(Files.notExists(folder.resolve("pipe.entry")));
        assertTrue(Files.notExists(folder.resolve("zero.entry"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals(List.of(), library().list());
    }
}
