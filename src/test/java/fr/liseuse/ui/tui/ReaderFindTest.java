package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** Find in the page: matches marked by text in the margin, the cursor on the current one. */
class ReaderFindTest {

    @Test
    void findGoesToTheFirstMatchIgnoringAccentsAndMarksItInTheMargin() {
        Harness h = Harness.start(80, 150, false, false, "demo:/solidarite/violences-conjugales", false);
        h.type("/").type("hebergement").keys(key(KeyType.Enter));
        assertTrue(h.row(148).matches("Résultat 1 sur \\d+ pour « hebergement »\\."), h.row(148));
        assertTrue(h.atCursor().toLowerCase().startsWith("hébergement"), h.atCursor());
        assertTrue(h.row(h.cursor().getRow()).startsWith(">"), "current match line marked >");
        int total = Integer.parseInt(h.row(148).replaceAll("Résultat 1 sur (\\d+).*", "$1"));
        assertTrue(total >= 2, h.row(148));
        int firstRow = h.cursor().getRow();
        h.type("n");
        assertTrue(h.row(148).startsWith("Résultat 2 sur " + total), h.row(148));
        assertTrue(h.atCursor().toLowerCase().startsWith("hébergement"), h.atCursor());
        assertTrue(h.row(h.cursor().getRow()).startsWith(">"));
        if (h.cursor().getRow() != firstRow) {
            assertTrue(h.row(firstRow).startsWith("*"), "other match lines marked *: " + h.row(firstRow));
        }
        h.type("N");
        assertTrue(h.row(148).startsWith("Résultat 1 sur " + total), h.row(148));
    }

    @Test
    void escapeLeavesTheFieldAndAnAbsentWordIsSaid() {
        Harness h = Harness.open("demo:/");
        h.type("/xyz").keys(key(KeyType.Escape));
        assertEquals("", h.row(22));
        h.type("/zzz").keys(key(KeyType.Enter));
        assertEquals("Aucun résultat pour « zzz ».", h.row(22));
        h.type("q");
        assertTrue(h.reader.ending().isPresent(), "q quits once the field is closed");
    }

    @Test
    void backspaceEditsTheFieldAndTheCursorFollowsTheCaret() {
        Harness h = Harness.open("demo:/");
        h.type("/abc").keys(key(KeyType.Backspace));
        assertEquals("Chercher dans la page : ab", h.row(22));
        assertEquals(h.row(22).length(), h.cursor().getColumn());
        assertEquals(22, h.cursor().getRow());
    }
}
