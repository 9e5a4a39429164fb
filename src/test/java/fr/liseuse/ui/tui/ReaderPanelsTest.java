package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.KeyTable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The emergency panel from every view (F2 and !), and the help generated from the key table. */
class ReaderPanelsTest {

    private static final String PAGE = "demo:/solidarite/violences-conjugales";

    private static void assertEmergencyPanel(Harness h) {
        assertEquals("Urgences et numéros d'aide", h.row(0).strip());
        assertEquals("Numéros nationaux", h.row(1));
        assertEquals("17 : Police secours / gendarmerie (urgence)", h.atCursor());
        assertEquals(new TerminalPosition(2, 2), h.cursor());
        String status = h.row(h.rows().size() - 1);
        assertTrue(status.contains("F2 urgences"), status);
    }

    private static void fromView(Consumer<Harness> reach) {
        Harness h = Harness.start(80, 24, false, false, PAGE, false);
        reach.accept(h);
        h.keys(key(KeyType.F2));
        assertEmergencyPanel(h);
        h.keys(key(KeyType.Escape));
        assertTrue(!h.row(0).startsWith("Urgences"), "Esc closes the panel: " + h.row(0));
    }

    @Test
    void f2OpensThePanelFromTheArticleTheMenuTheLinksTheHelpAndTheFindField() {
        fromView(h -> { });
        fromView(h -> h.type("m"));
        fromView(h -> h.type("m").keys(key(KeyType.Enter)));
        fromView(h -> h.type("l"));
        fromView(h -> h.keys(key(KeyType.F1)));
        fromView(h -> h.type("/viol"));
    }

    @Test
    void exclamationMarkOpensThePanelOutsideTextFieldsButIsTypedInTheFindField() {
        Harness h = Harness.open(PAGE);
        h.type("!");
        assertEmergencyPanel(h);
        h.keys(key(KeyType.Escape)).type("/a!");
        assertEquals("Chercher dans la page : a!", h.row(22));
        assertEquals(new TerminalPosition(26, 22), h.cursor());
    }

    @Test
    void panelListsTheNationalDirectoryThenThePagesOwnNumbersSeparately() {
        Harness h = Harness.start(100, 200, false, false, PAGE, false);
        h.keys(key(KeyType.F2));
        String text = h.text();
        int national = text.indexOf("Numéros nationaux");
        int help3919 = text.indexOf("3919 : ");
        int page = text.indexOf("Dans cette page");
        int local = text.indexOf("03 53 01 42 17");
        assertTrue(national >= 0 && help3919 > national && page > help3919 && local > page, text);
        assertTrue(text.contains("Horaires : 24 h/24"), "hours are shown: " + text);
        assertTrue(text.contains("Gratuit."), "cost is shown: " + text);
        assertTrue(text.contains("pas un numéro d'urgence"), text);
    }

    @Test
    void panelMovesItsCursorItemByItemAndScrollsToTheLast() {
        Harness h = Harness.start(80, 24, false, false, PAGE, false);
        h.keys(key(KeyType.F2), key(KeyType.ArrowDown));
        assertEquals("15 : SAMU (urgence)", h.atCursor());
        assertTrue(h.row(h.cursor().getRow()).startsWith("> "));
        h.keys(key(KeyType.End));
        assertEquals("115", h.atCursor());
        assertTrue(h.cursor().getRow() >= 1 && h.cursor().getRow() <= 21, h.cursor().toString());
    }

    @Test
    void panelOpensWhileAPageIsLoadingAndWithNoPageAtAll() {
        Harness h = Harness.start(80, 100, false, true, PAGE, false);
        assertEquals("Chargement… (Échap pour annuler)", h.row(98));
        h.keys(key(KeyType.F2));
        assertEmergencyPanel(h);
        assertTrue(h.text().contains("Aucune page ouverte."), h.text());
        h.finishLoads();
        assertEmergencyPanel(h);
        h.keys(key(KeyType.Escape));
        assertEquals("Violences conjugales : où trouver de l’aide", h.row(0).strip(), "the page came in under the panel");
    }

    @Test
    void aPanelOpenedWhileThePageLoadedGainsThePagesNumbersAndKeepsItsFocus() {
        Harness h = Harness.start(80, 200, false, true, PAGE, false);
        h.keys(key(KeyType.F2), key(KeyType.ArrowDown));
        assertEquals("15 : SAMU (urgence)", h.atCursor());
        assertTrue(!h.text().contains("03 53 01 42 17"), "no page yet: " + h.text());
        h.finishLoads();
        assertEquals("Urgences et numéros d'aide", h.row(0).strip(), "the panel stays on top");
        assertTrue(h.text().contains("Dans cette page") && h.text().contains("03 53 01 42 17"),
                "the page's own numbers came in: " + h.text());
        assertTrue(!h.text().contains("Aucune page ouverte."), h.text());
        assertEquals("15 : SAMU (urgence)", h.atCursor(), "the focus stayed where it was");
    }

    @Test
    void helpListsEveryKeyOfTheTableWithItsText() {
        Harness h = Harness.start(120, 60, false, false, PAGE, false);
        h.type("?");
        assertEquals("Aide : touches du lecteur", h.row(0).strip());
        assertEquals(new TerminalPosition(2, 1), h.cursor());
        Messages fr = Messages.french();
        String text = h.text();
        for (Binding b : KeyTable.defaults().bindings()) {
            if (b.keys().isEmpty()) continue;
            String help = fr.get(b.keyHelpKey());
            assertTrue(text.contains(" : " + help), b.action() + " missing from help:\n" + text);
        }
        assertTrue(text.contains("F2, ! : "), text);
        assertTrue(text.contains("Ctrl-X, F12 : "), text);
        h.keys(key(KeyType.ArrowDown));
        assertEquals(new TerminalPosition(2, 2), h.cursor());
        h.keys(key(KeyType.Escape));
        assertEquals("Violences conjugales : où trouver de l’aide", h.row(0).strip());
    }

    @Test
    void f1WorksInsideTheFindField() {
        Harness h = Harness.open(PAGE);
        h.type("/").keys(new KeyStroke(KeyType.F1));
        assertEquals("Aide : touches du lecteur", h.row(0).strip());
    }
}
