package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.config.Settings;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back, forward and a saved page bring the reader back where it was: the same lines on screen, the same link focused. */
class ReaderPlacesTest {

    private static List<String> body(Harness h) {
        return h.rows().subList(0, 22);
    }

    @Test
    void backReturnsToTheLinesAndTheLinkLeft() {
        Harness h = Harness.open("demo:/");
        h.keys(key(KeyType.PageDown), key(KeyType.Tab));
        List<String> before = body(h);
        String focused = h.atCursor();
        assertTrue(!before.get(1).equals(Harness.open("demo:/").row(1)), "scrolled away from the top first");
        h.keys(key(KeyType.Enter));
        assertTrue(!h.row(0).strip().equals("Accueil"), h.text());
        h.keys(key(KeyType.Escape));
        assertEquals(before, body(h), "the same lines as when the link was followed");
        assertEquals(focused, h.atCursor(), "the same link focused, the cursor on it");
    }

    @Test
    void forwardReturnsToWhereThePageWasLeftToo() {
        Harness h = Harness.open("demo:/");
        h.keys(key(KeyType.Tab), key(KeyType.Enter));
        String next = h.row(0);
        h.keys(key(KeyType.PageDown));
        List<String> there = body(h);
        h.keys(key(KeyType.ArrowLeft));
        assertEquals("Accueil", h.row(0).strip());
        h.keys(key(KeyType.ArrowRight));
        assertEquals(next, h.row(0));
        assertEquals(there, body(h));
    }

    @Test
    void eachHistoryEntryKeepsItsOwnPlace() {
        Harness h = Harness.open("demo:/");
        h.keys(key(KeyType.PageDown), key(KeyType.PageDown), key(KeyType.Tab));
        List<String> home = body(h);
        h.keys(key(KeyType.Enter));
        h.keys(key(KeyType.Tab), key(KeyType.Enter));
        h.keys(key(KeyType.Escape));
        h.keys(key(KeyType.Escape));
        assertEquals(home, body(h), "two pages back, the home page as it was left");
    }

    @Test
    void aSavedPageReopensWhereItWasLeft(@TempDir Path home) throws Exception {
        Harness.withLibrary(home, false, "demo:/").type("s");
        String id = new Library(Settings.from(Map.of("LISEUSE_HOME", home.toString()), false), LibraryEvents.SILENT)
                .list().get(0).id();
        Harness first = Harness.withLibrary(home, false, id);
        first.keys(key(KeyType.PageDown), key(KeyType.PageDown), key(KeyType.Tab));
        List<String> left = body(first);
        String focused = first.atCursor();
        first.type("q");
        Harness again = Harness.withLibrary(home, false, id);
        assertEquals(left, body(again), "the saved page opens on the lines it was left at");
        assertEquals(focused, again.atCursor());
        Harness byAddress = Harness.withLibrary(home, false, "demo:/");
        assertEquals("Accueil", byAddress.row(0).strip());
        assertTrue(byAddress.row(1).contains("Publié le"), "the page opened by its address starts at the top: " + byAddress.row(1));
    }
}
