package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** {@code g} opens a field where an address or a file path is typed, which keeps it out of the shell's history. */
class ReaderAddressTest {

    private static final String PROMPT = "Adresse ou fichier à ouvrir : ";

    @Test
    void typedAddressOpensOnEnterWithTheCursorInTheField() {
        Harness h = Harness.open("demo:/eau/facture");
        h.type("g");
        assertEquals(PROMPT, h.row(22) + " ");
        assertEquals(new TerminalPosition(PROMPT.length(), 22), h.cursor());
        h.type("demo:/dechets/horaires");
        assertEquals(PROMPT + "demo:/dechets/horaires", h.row(22));
        assertEquals(new TerminalPosition((PROMPT + "demo:/dechets/horaires").length(), 22), h.cursor());
        h.keys(key(KeyType.Enter));
        assertEquals("Collecte des déchets : jours et horaires", h.row(0).strip(), h.text());
        h.keys(key(KeyType.Escape));
        assertEquals("Eau potable : facture et qualité", h.row(0).strip(), "back goes to the page before");
    }

    @Test
    void escClosesTheFieldAndKeysTypedThereAreText() {
        Harness h = Harness.open("demo:/eau/facture");
        h.type("g").type("q!?m");
        assertEquals(PROMPT + "q!?m", h.row(22), "q, !, ? and m are typed, not obeyed");
        h.keys(key(KeyType.Backspace));
        assertEquals(PROMPT + "q!?", h.row(22));
        h.keys(key(KeyType.Escape));
        assertFalse(h.row(22).startsWith(PROMPT), h.row(22));
        assertEquals("Eau potable : facture et qualité", h.row(0).strip());
        assertTrue(h.reader.ending().isEmpty());
    }

    @Test
    void anAddressThatCannotBeOpenedIsSaidOnTheStatusLine() {
        Harness h = Harness.open("demo:/eau/facture");
        h.type("g").type("/nonexistent/page.html").keys(key(KeyType.Enter));
        assertTrue(h.row(22).startsWith("Échec : /nonexistent/page.html"), h.row(22));
        assertEquals("Eau potable : facture et qualité", h.row(0).strip(), "the page read stays");
    }

    @Test
    void standardInputIsNotOpenedFromInsideWhereItWouldTakeTheKeys() {
        Harness h = Harness.open("demo:/eau/facture");
        h.type("g").type("-").keys(key(KeyType.Enter));
        assertTrue(h.row(22).startsWith("« - » (l'entrée standard) ne s'ouvre qu'au lancement"), h.row(22));
        assertEquals("Eau potable : facture et qualité", h.row(0).strip());
    }

    @Test
    void emergencyAndQuickExitKeysStillWorkInTheField() {
        Harness h = Harness.open("demo:/eau/facture");
        h.type("g").keys(key(KeyType.F2));
        assertTrue(h.text().contains("112 : "), h.text());
        assertFalse(h.row(22).startsWith(PROMPT), "the panel closes the field");
        h.type("g").keys(new KeyStroke('x', true, false));
        assertEquals(Reader.Ending.QUICK_EXIT, h.reader.ending().orElseThrow());
    }
}
