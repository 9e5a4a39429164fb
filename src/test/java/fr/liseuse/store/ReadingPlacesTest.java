package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the reader left a saved page: kept with the library, forgotten with the entry, never written when discreet. */
class ReadingPlacesTest {

    @TempDir
    Path home;

    private Library library(boolean discreet) {
        return new Library(Pages.settings(home, discreet), LibraryEvents.SILENT);
    }

    private String saved() throws LibraryException {
        return library(false).save(List.of(Pages.page("collecte", "Collecte", "Jours de collecte."))).get(0).id();
    }

    @Test
    void aPlaceKeptIsFoundByTheNextProcess() throws Exception {
        String id = saved();
        library(false).keepPlace(id, new Place(40, 120, 3));
        assertEquals(Optional.of(new Place(40, 120, 3)), library(false).place(id));
    }

    @Test
    void removingAnEntryForgetsItsPlace() throws Exception {
        String id = saved();
        library(false).keepPlace(id, new Place(40, 120, 3));
        library(false).remove(List.of(id));
        assertEquals(Optional.empty(), library(false).place(id));
    }

    @Test
    void noPlaceIsKeptForAnIdTheLibraryDoesNotHold() throws Exception {
        saved();
        library(false).keepPlace("0000beef", new Place(4, 10, 0));
        assertEquals(Optional.empty(), library(false).place("0000beef"));
    }

    @Test
    void aDamagedPlacesFileMeansTheTop() throws Exception {
        String id = saved();
        library(false).keepPlace(id, new Place(40, 120, 3));
        Files.writeString(home.resolve("library/places"), "{\"" + id + "\": \"forty\"");
        assertEquals(Optional.empty(), library(false).place(id));
        library(false).keepPlace(id, new Place(5, 120, 0));
        assertEquals(Optional.of(new Place(5, 120, 0)), library(false).place(id));
    }

    @Test
    void inDiscreetModeAPlaceLivesInMemoryOnlyAndNothingIsWritten() throws Exception {
        String id = saved();
        List<String> before = files();
        Library discreet = library(true);
        discreet.keepPlace(id, new Place(12, 80, 1));
        assertEquals(Optional.of(new Place(12, 80, 1)), discreet.place(id), "kept for this session");
        assertEquals(before, files(), "nothing written");
        assertEquals(Optional.empty(), library(false).place(id), "and gone with the process");
    }

    @Test
    void aPlaceScalesToAPageLaidOutAgainAtAnotherWidth() {
        assertEquals(40, new Place(40, 120, 0).lineOutOf(120));
        assertEquals(80, new Place(40, 120, 0).lineOutOf(240));
        assertEquals(7, new Place(7, 0, 0).lineOutOf(300), "a place without a line count is taken as it is");
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            List<String> found = all.map(p -> home.relativize(p) + (Files.isDirectory(p) ? "/" : " " + p.toFile().length()))
                    .sorted().toList();
            assertTrue(!found.isEmpty());
            return found;
        }
    }
}
