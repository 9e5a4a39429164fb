package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.liseuse.config.PrivateFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild of the search index tells how far it went, entry by entry, and that it ended; a fresh index rebuilds nothing. */
class IndexProgressTest {

    @TempDir
    Path home;

    private final List<String> told = new ArrayList<>();

    private final LibraryEvents events = new LibraryEvents() {
        @Override
        public void waiting() { }

        @Override
        public void damaged(String entry) { }

        @Override
        public void indexing(int done, int total, String source) {
            told.add(done + "/" + total + " " + source);
        }

        @Override
        public void indexed() {
            told.add("end");
        }
    };

    @Test
    void aSearchThatRebuildsTheIndexTellsEachEntryThenTheEnd() throws Exception {
        new Library(Pages.settings(home, false), LibraryEvents.SILENT).save(List.of(
                Pages.page("noel", "Marché de Noël", "Les chalets ouvrent samedi."),
                Pages.page("parcs", "Parcs", "Les parcs ferment à 20 heures."),
                Pages.page("piscines", "Piscines", "Les piscines rouvrent.")));
        PrivateFiles.freshFolder(Pages.settings(home, false).paths().index());   // an index lost: rebuilt at the next search

        Library library = new Library(Pages.settings(home, false), events);
        assertEquals(1, library.search("chalets", 10).size());
        assertEquals(4, told.size(), told.toString());
        assertEquals("end", told.get(3));
        List<String> entries = told.subList(0, 3).stream().map(t -> t.substring(0, t.indexOf(' '))).toList();
        assertEquals(List.of("1/3", "2/3", "3/3"), entries);
        assertEquals(3, told.subList(0, 3).stream().filter(t -> t.matches("\\d/3 https://example\\.fr/\\w+")).count(), told.toString());

        told.clear();
        library.search("parcs", 10);
        assertEquals(List.of(), told, "a fresh index is not rebuilt");
    }
}
