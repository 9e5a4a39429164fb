package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** Menus, article, links and history, driven by keys; the cursor is checked after every focus move. */
class ReaderNavigationTest {

    @Test
    void homeOpensOnItsMenuWithTheCursorOnTheFirstEntry() {
        Harness h = Harness.start(80, 24, false, false, "demo:/", true);
        assertEquals("Menu du site", h.row(0).strip());
        assertEquals("> Au quotidien ›", h.row(1));
        assertEquals(new TerminalPosition(2, 1), h.cursor());
        assertTrue(h.row(22).startsWith("Accueil."), h.text());
        assertTrue(h.row(23).contains("F2 urgences") && h.row(23).contains("F1 aide")
                && h.row(23).contains("Ctrl-X sortie rapide"), h.row(23));
    }

    @Test
    void arrowsMoveTheMarkerAndTheCursorThroughNestedMenus() {
        Harness h = Harness.start(80, 24, false, false, "demo:/", true);
        h.keys(key(KeyType.ArrowDown));
        assertEquals(new TerminalPosition(2, 2), h.cursor());
        assertEquals("> La métropole ›", h.row(2));
        assertEquals("  Au quotidien ›", h.row(1));
        h.keys(key(KeyType.ArrowUp), key(KeyType.Enter));
        assertEquals("Menu du site › Au quotidien", h.row(0).strip());
        assertEquals(new TerminalPosition(2, 1), h.cursor());
        assertEquals("Logement", h.atCursor());
        h.keys(key(KeyType.ArrowDown), key(KeyType.ArrowDown));
        assertEquals(new TerminalPosition(2, 3), h.cursor());
        assertEquals("Déchets", h.atCursor());
        h.keys(key(KeyType.Escape));
        assertEquals("Menu du site", h.row(0).strip());
        assertEquals("Au quotidien ›", h.atCursor(), "focus comes back to the submenu left");
        h.keys(key(KeyType.End));
        assertEquals("Médiathèque ›", h.atCursor());
        assertEquals(new TerminalPosition(2, 5), h.cursor());
    }

    @Test
    void enterOnAMenuEntryOpensItsPageAndBackReturnsToTheHome() {
        Harness h = Harness.start(80, 24, false, false, "demo:/", true);
        h.keys(key(KeyType.Enter), key(KeyType.Enter));
        assertEquals("Se loger : les aides au logement", h.row(0).strip());
        assertEquals(new TerminalPosition(2, 1), h.cursor());
        assertTrue(h.text().contains("Publié le"), h.text());
        h.keys(key(KeyType.Backspace));
        assertEquals("Accueil", h.row(0).strip());
        assertTrue(h.row(22).startsWith("Page précédente : Accueil"), h.row(22));
        h.keys(new com.googlecode.lanterna.input.KeyStroke('f', false, false));
        assertEquals("Se loger : les aides au logement", h.row(0).strip(), "forward again");
    }

    @Test
    void tabFocusesTheLinkAndEnterFollowsItThenLeftComesBack() {
        Harness h = Harness.open("demo:/");
        h.keys(key(KeyType.Tab));
        assertEquals("Jours fériés : ce qui change pour la collecte des déchets[1]", h.atCursor(),
                "the cursor at the start of the link's words, where a braille display shows them");
        assertTrue(h.row(22).startsWith("Lien 1 : Jours fériés : ce qui change pour la collecte des déchets"), h.row(22));
        assertTrue(h.row(h.cursor().getRow()).startsWith(">"), "the focused link's line carries a text marker");
        h.keys(key(KeyType.Enter));
        assertEquals("Collecte des déchets : jours et horaires", h.row(0).strip());
        h.keys(key(KeyType.ArrowLeft));
        assertEquals("Accueil", h.row(0).strip());
    }

    @Test
    void digitsThenEnterOpenLinkNAndAMissingNumberIsSaid() {
        Harness h = Harness.open("demo:/");
        h.type("99").keys(key(KeyType.Enter));
        assertEquals("Accueil", h.row(0).strip());
        assertEquals("Pas de lien 99 dans cette page.", h.row(22));
        h.type("6");
        assertEquals("Lien numéro 6, Entrée pour l'ouvrir", h.row(22));
        assertEquals(new TerminalPosition(h.row(22).length(), 22), h.cursor());
        h.keys(key(KeyType.Enter));
        assertEquals("La Métropole de Lisière en bref", h.row(0).strip());
    }

    @Test
    void linksListOpensTheChosenLink() {
        Harness h = Harness.open("demo:/dechets/horaires");
        h.type("l");
        assertEquals("Liens de la page", h.row(0).strip());
        assertEquals("[1] déchèterie", h.atCursor());
        h.keys(key(KeyType.Enter));
        assertEquals("Déchèteries : horaires et conditions d’accès", h.row(0).strip());
    }

    @Test
    void articleScrollsByLinePageAndToBothEnds() {
        Harness h = Harness.start(60, 12, false, false, "demo:/solidarite/violences-conjugales", false);
        String first = h.row(1);
        String second = h.row(2);
        h.keys(key(KeyType.ArrowDown));
        assertEquals(second, h.row(1), "one line down");
        h.keys(key(KeyType.End));
        assertTrue(h.text().contains("[1] mailto:"), h.text());
        assertEquals("Fin de la page.", h.row(10));
        h.keys(key(KeyType.Home));
        assertEquals(first, h.row(1));
        String lastOfScreen = h.row(9);
        h.keys(key(KeyType.PageDown));
        assertEquals(lastOfScreen, h.row(1), "a screen further, keeping one line of context");
        assertEquals(new TerminalPosition(2, 1), h.cursor());
    }

    @Test
    void headingKeysJumpToTheNextAndPreviousHeading() {
        Harness h = Harness.start(80, 24, false, false, "demo:/solidarite/violences-conjugales", false);
        h.type("]");
        assertEquals("Vous êtes en danger", h.row(22));
        assertEquals("  Vous êtes en danger", h.row(1));
        h.type("]");
        assertTrue(h.row(1).startsWith("  ") && h.row(2).strip().matches("-+"), h.row(1) + "/" + h.row(2));
        h.type("[");
        assertEquals("  Vous êtes en danger", h.row(1));
    }

    @Test
    void resizeRewrapsTheArticleToTheNewWidth() {
        Harness h = Harness.start(80, 24, false, false, "demo:/solidarite/violences-conjugales", false);
        assertTrue(h.rows().stream().anyMatch(r -> r.length() > 60), h.text());
        h.resize(40, 20);
        for (String row : h.rows()) assertTrue(row.length() <= 40, row);
        assertTrue(h.text().contains("Violences"), h.text());
        assertTrue(h.row(19).contains("F2 urgences"), h.row(19));
        assertTrue(h.cursor().getRow() < 20 && h.cursor().getColumn() < 40);
        h.keys(key(KeyType.Tab));
        assertTrue(h.atCursor().startsWith("contact@lisiere-ecoute.example[1]"),
                "links are found again after rewrapping: " + h.atCursor());
    }
}
