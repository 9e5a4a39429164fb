package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.SearchResult;
import fr.liseuse.model.SiteHints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selectors of a site profile take precedence over the heuristics, and fall back to them when they miss. */
class SiteHintsTest {

    private static final String PAGE = """
            <html lang="fr"><head><title>Marché de Noël</title></head><body>
            <nav aria-label="Menu principal"><ul><li><a href="/a">Générique A</a></li><li><a href="/b">Générique B</a></li></ul></nav>
            <div class="outils-site"><ul><li><a href="/plan">Plan</a><ul><li><a href="/plan/eau">Eau</a></li></ul></li></ul></div>
            <div class="encart-meteo"><p>Météo du jour : il fera beau et doux sur toute la métropole, avec quelques nuages en soirée.</p></div>
            <div class="long-texte"><p>Un long texte de remplissage, écrit pour attirer l'heuristique, avec des virgules, encore, et encore, et encore, et encore.</p>
            <p>Un autre paragraphe, aussi long, aussi riche en virgules, pour que ce bloc gagne, sans discussion, sans hésitation, sans retour.</p></div>
            <div class="fiche"><p>Le marché de Noël ouvre le 28 novembre place du Beffroi.</p></div>
            </body></html>""";

    private final Extractor extractor = new Extractor();

    @Test
    void withoutHintsTheHeuristicsDecide() {
        Page page = extractor.extract(PAGE, "p.html", "https://ex.fr/p");
        assertEquals("Générique A", page.menu().get(0).label());
        assertTrue(page.text().contains("Un long texte de remplissage"), page.text());
        assertEquals(page, extractor.extract(PAGE, "p.html", "https://ex.fr/p", SiteHints.NONE));
    }

    @Test
    void menuAndArticleSelectorsWin() {
        SiteHints hints = new SiteHints(".outils-site", ".fiche", null, List.of());
        Page page = extractor.extract(PAGE, "p.html", "https://ex.fr/p", hints);
        assertEquals(List.of(new MenuEntry("Plan", "https://ex.fr/plan", List.of(new MenuEntry("Eau", "https://ex.fr/plan/eau", List.of())))),
                page.menu());
        assertEquals("Le marché de Noël ouvre le 28 novembre place du Beffroi.", page.text());
    }

    @Test
    void excludedElementsAreGoneBeforeAnythingIsRead() {
        SiteHints hints = new SiteHints(null, "div", null, List.of(".encart-meteo", ".long-texte"));
        Page page = extractor.extract(PAGE, "p.html", "https://ex.fr/p", hints);
        assertFalse(page.text().contains("Météo"), page.text());
        assertFalse(page.text().contains("remplissage"), page.text());
        assertTrue(page.text().contains("Le marché de Noël ouvre"), page.text());
    }

    @Test
    void resultSelectorReadsEachMatchAsAResult() {
        String html = """
                <html><body><main><p>2 résultats</p>
                <div class="carte"><span>Actualité</span><a href="/noel">Marché de Noël</a><em>Place du Beffroi</em></div>
                <div class="carte"><span>Page</span><a href="/patinoire">Patinoire</a></div>
                </main></body></html>""";
        Page page = extractor.extract(html, "r.html", "https://ex.fr/agenda", new SiteHints(null, null, "div.carte", List.of()));
        assertEquals(PageKind.SEARCH_RESULTS, page.kind());
        assertEquals(2, page.resultCount());
        assertEquals(List.of("https://ex.fr/noel", "https://ex.fr/patinoire"), page.results().stream().map(SearchResult::url).toList());
        assertEquals("Marché de Noël", page.results().get(0).title());
    }

    @Test
    void selectorsThatMissOrDoNotParseFallBackToTheHeuristics() {
        Page expected = extractor.extract(PAGE, "p.html", "https://ex.fr/p");
        for (String bad : List.of(".absent", "div[", ":has(", "")) {
            SiteHints hints = new SiteHints(bad, bad, bad, List.of(bad));
            assertEquals(expected, extractor.extract(PAGE, "p.html", "https://ex.fr/p", hints), bad);
        }
        assertFalse(Extractor.validSelector("div["));
        assertTrue(Extractor.validSelector("article.search-teaser:has(h2 a)"));
    }
}
