package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.model.Page;
import org.junit.jupiter.api.Test;

/**
 * The search field of {@code /}: its scopes switched by Tab in words, the hardware cursor at the end
 * of what is typed, site and library results as numbered lists that open pages into the history.
 */
class ReaderSearchTest {

    private static final int SCOPES = 21;
    private static final int MESSAGE = 22;

    private static void assertCursorAtEndOfField(Harness h) {
        assertEquals(MESSAGE, h.cursor().getRow(), h.text());
        assertEquals(h.row(MESSAGE).length() + (h.row(MESSAGE).endsWith(":") ? 1 : 0), h.cursor().getColumn(),
                h.row(MESSAGE));
    }

    @Test
    void tabCyclesTheScopesShownAsWordsAndTheFieldSaysWhereItSearches() {
        Harness h = Harness.open("demo:/");
        h.type("/");
        assertEquals("Portée (Tab) : [dans la page]  bibliothèque   site", h.row(SCOPES));
        assertEquals("Chercher dans la page :", h.row(MESSAGE));
        assertCursorAtEndOfField(h);
        h.keys(key(KeyType.Tab)).type("déchets");
        assertEquals("Portée (Tab) :  dans la page  [bibliothèque]  site", h.row(SCOPES));
        assertEquals("Chercher dans la bibliothèque : déchets", h.row(MESSAGE));
        assertCursorAtEndOfField(h);
        h.keys(key(KeyType.Tab));
        assertEquals("Portée (Tab) :  dans la page   bibliothèque  [site]", h.row(SCOPES));
        assertEquals("Chercher sur le site Métropole de Lisière : déchets", h.row(MESSAGE));
        assertCursorAtEndOfField(h);
        h.keys(key(KeyType.Tab));
        assertEquals("Chercher dans la page : déchets", h.row(MESSAGE), "Tab goes round");
        h.keys(key(KeyType.ReverseTab));
        assertEquals("Chercher sur le site Métropole de Lisière : déchets", h.row(MESSAGE), "Shift-Tab goes back");
    }

    @Test
    void aPageOfNoKnownSiteSearchesTheDefaultSiteAndTheFieldSaysSo() {
        Harness h = Harness.open("src/test/resources/ui/glyphs.html");
        h.type("/").keys(key(KeyType.ReverseTab));
        assertEquals("Chercher sur le site Métropole de Lisière (par défaut) :", h.row(MESSAGE));
        assertCursorAtEndOfField(h);
    }

    @Test
    void siteResultsAreANumberedListThatOpensAPageAndBackReturnsToTheListThenToThePage() {
        Harness h = Harness.open("demo:/");
        h.type("/").keys(key(KeyType.ReverseTab)).type("déchets").keys(key(KeyType.Enter));
        assertEquals("Site Métropole de Lisière : « déchets »", h.row(0));
        assertTrue(h.row(MESSAGE).startsWith("3 résultats sur le site Métropole de Lisière pour « déchets » ; Entrée"),
                h.row(MESSAGE));
        assertEquals("> 1. Collecte des déchets : jours et horaires", h.row(h.cursor().getRow()));
        assertTrue(h.atCursor().startsWith("1. Collecte des déchets"), h.atCursor());
        assertTrue(h.text().contains("  2. Déchèteries"), h.text());
        h.keys(key(KeyType.ArrowDown));
        assertTrue(h.atCursor().startsWith("2. Déchèteries"), h.atCursor());
        assertTrue(h.row(h.cursor().getRow()).startsWith("> 2."), "the focused item carries the marker");
        h.keys(key(KeyType.Enter));
        assertEquals("Déchèteries : horaires et conditions d’accès", h.row(0));
        assertEquals("demo:/dechets/decheteries", h.session.current().map(Page::source).orElseThrow());
        h.keys(key(KeyType.Escape));
        assertEquals("Site Métropole de Lisière : « déchets »", h.row(0));
        assertEquals("Retour à la liste.", h.row(MESSAGE));
        assertTrue(h.atCursor().startsWith("2. Déchèteries"), "the list keeps its focus: " + h.atCursor());
        assertEquals("demo:/", h.session.current().map(Page::source).orElseThrow(), "history went back too");
        h.keys(key(KeyType.Escape));
        assertEquals("Accueil", h.row(0));
        h.type("f");
        assertEquals("Déchèteries : horaires et conditions d’accès", h.row(0), "forward reaches the hit again");
    }

    @Test
    void digitsThenEnterOpenResultN() {
        Harness h = Harness.open("demo:/");
        h.type("/").keys(key(KeyType.ReverseTab)).type("déchets").keys(key(KeyType.Enter));
        h.type("3");
        assertEquals("Élément numéro 3, Entrée pour l'ouvrir", h.row(MESSAGE));
        h.keys(key(KeyType.Enter));
        assertEquals("Encombrants : collecte gratuite sur rendez-vous", h.row(0));
        h.keys(key(KeyType.Escape)).type("9").keys(key(KeyType.Enter));
        assertEquals("Pas d'élément 9 dans cette liste.", h.row(MESSAGE));
    }

    @Test
    void aSearchRunsOffTheUiThreadWithATextStatusAndEscCancelsIt() {
        Harness h = Harness.start(80, 24, false, true, "demo:/", false);
        h.finishLoads();
        h.type("/").keys(key(KeyType.ReverseTab)).type("déchets").keys(key(KeyType.Enter));
        assertEquals("Recherche sur le site Métropole de Lisière… (Échap pour annuler)", h.row(MESSAGE));
        assertEquals("Accueil", h.row(0));
        h.keys(key(KeyType.Escape));
        assertEquals("Recherche annulée.", h.row(MESSAGE));
        h.finishLoads();
        assertEquals("Accueil", h.row(0), "a cancelled search shows nothing");
        h.type("q");
        assertTrue(h.reader.ending().isPresent());
    }

    @Test
    void noResultIsOneLineAndTheViewStays() {
        Harness h = Harness.open("demo:/");
        h.type("/").keys(key(KeyType.ReverseTab)).type("zzzqqq").keys(key(KeyType.Enter));
        assertEquals("Aucun résultat sur le site Métropole de Lisière pour « zzzqqq ».", h.row(MESSAGE));
        assertEquals("Accueil", h.row(0));
    }

    @Test
    void theEmergencyPanelOpensFromTheFieldWithF2WhileBangIsTyped() {
        Harness h = Harness.open("demo:/");
        h.type("/").keys(key(KeyType.Tab)).type("!");
        assertEquals("Chercher dans la bibliothèque : !", h.row(MESSAGE));
        h.keys(key(KeyType.F2));
        assertEquals("Urgences et numéros d'aide", h.row(0));
        assertTrue(h.atCursor().startsWith("17 : Police"), h.atCursor());
        assertFalse(h.text().contains("Portée"), "the field closed: " + h.text());
    }

    @Test
    void escapeClosesTheFieldWithoutSearching() {
        Harness h = Harness.open("demo:/");
        h.type("/").keys(key(KeyType.Tab)).type("eau").keys(key(KeyType.Escape));
        assertEquals("", h.row(MESSAGE));
        assertFalse(h.text().contains("Portée"), h.text());
        h.type("q");
        assertTrue(h.reader.ending().isPresent(), "keys are commands again");
    }

    @Test
    void fromAListTheFieldOffersTheLibraryAndTheSiteOnly() {
        Harness h = Harness.open("demo:/");
        h.type("l/");
        assertEquals("Portée (Tab) : [bibliothèque]  site", h.row(SCOPES));
        assertEquals("Chercher dans la bibliothèque :", h.row(MESSAGE));
    }

    @Test
    void enterOnThePageScopeStillFindsInThePage() {
        Harness h = Harness.start(80, 150, false, false, "demo:/solidarite/violences-conjugales", false);
        h.type("/hebergement").keys(key(KeyType.Enter));
        assertTrue(h.row(148).startsWith("Résultat 1 sur "), h.row(148));
    }
}
