package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.store.PersonalContacts;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.KeyTable;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The emergency panel from every view (F2 and !), and the help generated from the key table. */
class ReaderPanelsTest {

    private static final String PAGE = "demo:/solidarite/violences-conjugales";
    private static final String POLICE = "17 : Police secours / gendarmerie · urgence · gratuit · 24 h/24";
    private static final String EUROPE = "112 : Numéro d'urgence européen · urgence";

    private static void assertEmergencyPanel(Harness h) {
        assertEquals("Urgences et numéros d'aide", h.row(0).strip());
        assertEquals("Urgence : police, secours", h.row(1));
        assertTrue(h.atCursor().startsWith(POLICE), h.atCursor());
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
    void panelShowsTheWholeListOnOneScreenOf80By24InTheOneOrder() {
        Harness h = Harness.withContacts(new PersonalContacts.Loaded(
                List.of(new PersonalContact("Claire, ma sœur", "0612345678", "06 12 34 56 78", "à toute heure")), null), PAGE);
        h.keys(key(KeyType.F2));
        String text = h.text();
        List<String> order = List.of("Urgence : police, secours", "> 17 : Police secours", "  112 : Numéro d'urgence européen",
                "  114 : Urgences par SMS · urgence · par SMS · gratuit · 24 h/24", "Vos contacts",
                "  06 12 34 56 78 : Claire, ma sœur", "Dans cette page", "  03 53 01 42 17",
                "Écoute et aide, numéros nationaux", "  3919 : Violences Femmes Info · écoute · gratuit · 24 h/24",
                "  119 : Allô Enfance en danger", "  115 : SAMU social", "  3114 : ", "  116 006 : France Victimes", "  3018 : ");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(text.indexOf(order.get(i - 1)) >= 0 && text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)),
                    order.get(i - 1) + " before " + order.get(i) + " on the first screen:\n" + text);
        }
        assertEquals("Entrée : détails du numéro choisi.", h.row(22));
        assertTrue(!text.contains("Horaires :"), "details wait for Enter: " + text);
    }

    @Test
    void enterShowsTheFocusedNumbersDetailsWithTheCursorOnThemAndEscComesBack() {
        Harness h = Harness.open(PAGE);
        h.keys(key(KeyType.F2), key(KeyType.ArrowDown));
        assertTrue(h.atCursor().startsWith(EUROPE), h.atCursor());
        h.keys(key(KeyType.Enter));
        assertTrue(h.row(0).contains("112 : Numéro d'urgence européen"), "the number in the title: " + h.row(0));
        assertTrue(h.atCursor().startsWith("Numéro d'urgence valable dans tous les pays"), h.atCursor());
        assertEquals(new TerminalPosition(2, 1), h.cursor());
        String text = h.text();
        assertTrue(text.contains("Horaires : 24 h/24, 7 j/7. Gratuit."), text);
        assertTrue(text.contains("Source : https://www.service-public.fr/particuliers/vosdroits/F33954")
                && text.contains("\n  Vérifié le 20"), text);
        h.keys(key(KeyType.ArrowDown));
        assertTrue(h.atCursor().startsWith("Horaires : "), "the cursor goes line by line: " + h.atCursor());
        h.keys(key(KeyType.Escape));
        assertTrue(h.atCursor().startsWith(EUROPE), "back on the same number: " + h.atCursor());
        assertEquals(3, h.cursor().getRow());
    }

    @Test
    void aContactsFileThatCannotBeUsedIsSaidInThePanelWhereTheContactsWouldBe() {
        String problem = "Vos contacts n'ont pas pu être lus (/home/c/contacts.json) : JSON mal formé, ligne 2.";
        Harness h = Harness.withContacts(new PersonalContacts.Loaded(List.of(), problem), PAGE);
        h.keys(key(KeyType.F2));
        List<String> rows = h.rows();
        int heading = rows.indexOf("Vos contacts");
        assertTrue(heading > 0, h.text());
        assertEquals("  " + problem, (rows.get(heading + 1) + " " + rows.get(heading + 2).strip()), "wrapped under the heading");
        assertTrue(h.text().contains("3919 : Violences Femmes Info"), "the rest still fits: " + h.text());
    }

    @Test
    void panelMovesItsCursorItemByItemAndScrollsToTheLast() {
        Harness h = Harness.start(80, 24, false, false, PAGE, false);
        h.keys(key(KeyType.F2), key(KeyType.ArrowDown));
        assertTrue(h.atCursor().startsWith(EUROPE), h.atCursor());
        assertTrue(h.row(h.cursor().getRow()).startsWith("> "));
        h.keys(key(KeyType.End));
        assertTrue(h.atCursor().startsWith("3018 : Harcèlement et violences numériques"), h.atCursor());
        assertTrue(h.cursor().getRow() >= 1 && h.cursor().getRow() <= 21, h.cursor().toString());
    }

    @Test
    void panelOpensWhileAPageIsLoadingAndWithNoPageAtAll() {
        Harness h = Harness.start(80, 100, false, true, PAGE, false);
        assertEquals("Chargement… (Échap pour annuler)", h.row(98));
        h.keys(key(KeyType.F2));
        assertEmergencyPanel(h);
        assertTrue(!h.text().contains("Dans cette page"), h.text());
        h.finishLoads();
        assertEmergencyPanel(h);
        h.keys(key(KeyType.Escape));
        assertEquals("Violences conjugales : où trouver de l’aide", h.row(0).strip(), "the page came in under the panel");
    }

    @Test
    void aPanelOpenedWhileThePageLoadedGainsThePagesNumbersAndKeepsItsFocus() {
        Harness h = Harness.start(80, 200, false, true, PAGE, false);
        h.keys(key(KeyType.F2), key(KeyType.ArrowDown));
        assertTrue(h.atCursor().startsWith(EUROPE), h.atCursor());
        assertTrue(!h.text().contains("03 53 01 42 17"), "no page yet: " + h.text());
        h.finishLoads();
        assertEquals("Urgences et numéros d'aide", h.row(0).strip(), "the panel stays on top");
        assertTrue(h.text().contains("Dans cette page") && h.text().contains("03 53 01 42 17"),
                "the page's own numbers came in: " + h.text());
        assertTrue(h.atCursor().startsWith(EUROPE), "the focus stayed where it was: " + h.atCursor());
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
