package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.SearchResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchResultsExtractorTest {

    private static final String SEARCH_URL = "https://www.lillemetropole.fr/recherche?keys=d%C3%A9chetterie";
    private final SearchResultsExtractor extractor = new SearchResultsExtractor();

    static Document fixture(String name, String base) throws IOException {
        try (InputStream in = SearchResultsExtractorTest.class.getResourceAsStream("/fixtures/search/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), base);
        }
    }

    @Test
    void metropoleResultsPageGivesTitlesUrlsSnippetsAndTheAnnouncedCount() throws IOException {
        Document doc = fixture("recherche-dechetterie.html", SEARCH_URL);
        String before = doc.outerHtml();
        SearchResults found = extractor.extract(doc, SEARCH_URL).orElseThrow();

        assertEquals(12, found.announcedCount(), "the summary line, not the '3 résultats' of a snippet");
        assertEquals(List.of(
                new SearchResult("Horaires des déchetteries",
                        "https://www.lillemetropole.fr/votre-quotidien/dechets/dechetteries",
                        "Les déchetteries de la Métropole sont ouvertes du lundi au samedi… Retrouvez les 3 résultats d'analyse des dépôts."),
                new SearchResult("Une nouvelle déchetterie à Roubaix",
                        "https://www.lillemetropole.fr/actualites/nouvelle-dechetterie-a-roubaix",
                        "La déchetterie du quartier de l'Épeule ouvrira ses portes au printemps."),
                new SearchResult("Enlèvement des encombrants", "https://www.mel-dechets.fr/encombrants",
                        "Pour un enlèvement à domicile, prenez rendez-vous en ligne.")),
                found.results());
        assertEquals(before, doc.outerHtml(), "the DOM is only read");
    }

    @Test
    void noResultsPageAnnouncesZeroAndListsNoSuggestionAsAResult() throws IOException {
        String url = "https://www.lillemetropole.fr/recherche?keys=zzzz";
        SearchResults found = extractor.extract(fixture("recherche-aucun-resultat.html", url), url).orElseThrow();
        assertEquals(0, found.announcedCount());
        assertEquals(List.of(), found.results());
    }

    @Test
    void articleWithRelatedLinksIsNotAResultsPage() throws IOException {
        String url = "https://www.lillemetropole.fr/votre-quotidien/dechets/tri";
        assertEquals(Optional.empty(), extractor.extract(fixture("article-voir-aussi.html", url), url));
    }

    @Test
    void ordinaryPagesWithAnEmptySearchFieldAreNotResultsPages() throws IOException {
        String url = "https://www.lillemetropole.fr/votre-quotidien/dechets";
        assertEquals(Optional.empty(), extractor.extract(MenuExtractorTest.fixture("metropole-accueil.html", url), url));
        String smoke = "https://exemple.test/dechets/horaires";
        assertEquals(Optional.empty(), extractor.extract(MenuExtractorTest.fixture("smoke.html", smoke), smoke));
    }

    @Test
    void plainListOnASearchUrlIsRead() {
        String url = "https://exemple.test/?q=piscine";
        Document doc = Jsoup.parse("<main><h1>Recherche</h1><ul>"
                + "<li><h2><a href='/piscines/marx-dormoy'>Piscine Marx Dormoy</a></h2><p>Bassin de 25 m.</p></li>"
                + "<li><h2><a href='/piscines/olympique'>Piscine olympique</a></h2><p>Ouverte le dimanche.</p></li>"
                + "</ul></main>", url);
        SearchResults found = extractor.extract(doc, url).orElseThrow();
        assertNull(found.announcedCount());
        assertEquals(List.of("Piscine Marx Dormoy", "Piscine olympique"), found.results().stream().map(SearchResult::title).toList());
        assertEquals("https://exemple.test/piscines/olympique", found.results().get(1).url());
        assertEquals("Ouverte le dimanche.", found.results().get(1).snippet());
    }

    @Test
    void englishResultsHeadingAndCount() {
        String url = "https://example.test/site-search";
        Document doc = Jsoup.parse("<h1>Search results</h1><p>About 1,234 results</p><div class='results'>"
                + "<article><a href='/a'>First page</a><p>Snippet one.</p></article>"
                + "<article><a href='/b'>Second page</a><p>Snippet two.</p></article></div>", url);
        SearchResults found = extractor.extract(doc, url).orElseThrow();
        assertEquals(1234, found.announcedCount());
        assertEquals(2, found.results().size());
        assertEquals("Snippet two.", found.results().get(1).snippet());
    }

    @Test
    void resultTextIsSanitised() {
        String url = "https://exemple.test/recherche?q=x";
        Document doc = Jsoup.parse("<ul class='search-results'><li><h3><a href='/x'>Ti\u001b]0;t\u0007tre\u202e</a></h3>"
                + "<p>Re\u0301sumé\u0085</p></li></ul>", url);
        SearchResult r = extractor.extract(doc, url).orElseThrow().results().get(0);
        assertEquals("Titre", r.title());
        assertEquals("Résumé", r.snippet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3 résultats|3", "1 résultat trouvé|1", "12 résultats pour « déchetterie »|12", "About 1,234 results|1234",
        "1 234 résultats|1234", "Résultats 1 à 10 sur 234|234", "Aucun résultat|0", "No results found|0",
        "Aucune réponse ne correspond|0"})
    void readsAnnouncedCounts(String text, int expected) {
        assertEquals(Optional.of(expected), SearchCount.read(text));
    }

    @Test
    void countIsAbsentWhenNoneIsAnnounced() {
        assertTrue(SearchCount.read("Résultats de recherche").isEmpty());
        assertTrue(SearchCount.read("Publié le 3 mars 2025").isEmpty());
    }
}
