package fr.liseuse.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.SearchResult;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the demo site from its home as a reader would, through the menu, the links of the content
 * and the search results, with the network off, and checks what every page extracts to.
 */
class DemoSiteCrawlTest {

    /** Words that only the page furniture holds: cookie banner, breadcrumb, share bar, search box, footer. */
    private static final List<String> FURNITURE = List.of(
            "Ce site utilise des cookies", "Tout accepter", "Fil d’Ariane", "Partager cette page", "Imprimer",
            "Mastodon", "Les recherches les plus fréquentes", "Rechercher sur le site", "Aller au contenu",
            "CS 70042", "lettre d’information", "S’abonner", "© 2026", "Plan du site",
            "Cette page vous a-t-elle été utile", "Voir aussi");

    private static final Sources OFFLINE = new Sources(SourceOptions.defaults(Map.of()).withOffline(true));
    private static Map<String, Page> crawled;

    @BeforeAll
    static void crawl() throws SourceException {
        PageLoader loader = new PageLoader(OFFLINE);
        crawled = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("demo:/"));
        while (!queue.isEmpty()) {
            String source = queue.removeFirst();
            if (crawled.containsKey(source)) continue;
            Page page = loader.load(source, InputStream.nullInputStream(), Received.unwatched());
            crawled.put(source, page);
            for (String target : targets(page)) {
                if (!crawled.containsKey(target)) queue.addLast(target);
            }
        }
    }

    private static List<String> targets(Page page) {
        List<String> urls = new ArrayList<>();
        addMenu(page.menu(), urls);
        for (Link link : page.links()) urls.add(link.url());
        for (SearchResult result : page.results()) urls.add(result.url());
        List<String> demo = new ArrayList<>();
        for (String url : urls) {
            if (url == null || !url.startsWith("demo:")) continue;
            int hash = url.indexOf('#');
            demo.add(hash >= 0 ? url.substring(0, hash) : url);
        }
        return demo;
    }

    private static void addMenu(List<MenuEntry> entries, List<String> urls) {
        for (MenuEntry entry : entries) {
            urls.add(entry.url());
            addMenu(entry.children(), urls);
        }
    }

    @Test
    void everyPageIsReachableFromTheHome() {
        Set<String> missing = new TreeSet<>(OFFLINE.demo().sources());
        missing.removeAll(crawled.keySet());
        assertTrue(missing.isEmpty(), "not reachable from demo:/ : " + missing);
        assertTrue(crawled.containsKey("demo:/recherche"), "the search page is in the menu");
    }

    @Test
    void theSiteHasAtLeastTwelveArticles() {
        long articles = crawled.values().stream().filter(p -> p.kind() == PageKind.ARTICLE).count();
        assertTrue(articles >= 12, "articles: " + articles);
    }

    @Test
    void everyPageHasATitleAndTextWithoutFurniture() {
        for (Page page : crawled.values()) {
            assertFalse(page.title() == null || page.title().isBlank(), page.source() + " has a title");
            String text = page.text();
            assertFalse(text.isBlank(), page.source() + " has text");
            for (String furniture : FURNITURE) {
                assertFalse(text.contains(furniture), page.source() + " text holds furniture: " + furniture + "\n" + text);
            }
            assertFalse(text.startsWith("Accueil"), page.source() + " text starts with the breadcrumb");
            assertFalse(text.contains(page.title() + "\n"), page.source() + " repeats its title in the text");
        }
    }

    @Test
    void theHomeMenuHasTwoLevelsWithTheEverydaySections() {
        List<MenuEntry> menu = crawled.get("demo:/").menu();
        List<String> top = menu.stream().map(MenuEntry::label).toList();
        assertEquals(List.of("Au quotidien", "La métropole", "Votre avis", "Démarches", "Médiathèque"), top);
        List<String> everyday = menu.get(0).children().stream().map(MenuEntry::label).toList();
        assertEquals(List.of("Logement", "Accès au numérique", "Déchets", "Eau", "Agriculture locale", "Entreprendre",
                "Se déplacer", "Sortir"), everyday);
        for (MenuEntry section : menu) {
            assertFalse(section.children().isEmpty(), section.label());
            for (MenuEntry child : section.children()) assertTrue(child.children().isEmpty(), child.label());
        }
    }

    @Test
    void theSearchResultsPageListsResultsAndNotTheFrequentSearches() throws SourceException {
        Page results = new PageLoader(OFFLINE).load(
                "demo:/recherche?q=encombrants", InputStream.nullInputStream(), Received.unwatched());
        assertEquals(PageKind.SEARCH_RESULTS, results.kind());
        assertEquals(List.of("demo:/dechets/encombrants", "demo:/demarches"), results.results().stream().map(SearchResult::url).toList());
        assertFalse(results.text().contains("recherches les plus fréquentes"), results.text());
    }

    @Test
    void theViolenceArticleListsNationalNumbersAndTheLocalAssociation() {
        Page page = crawled.get("demo:/solidarite/violences-conjugales");
        List<String> numbers = page.contacts().stream()
                .filter(c -> c instanceof fr.liseuse.model.Contact.Phone)
                .map(c -> ((fr.liseuse.model.Contact.Phone) c).number()).toList();
        for (String expected : List.of("3919", "17", "112", "114", "115", "119", "0353014217")) {
            assertTrue(numbers.contains(expected), expected + " in " + numbers);
        }
        assertTrue(page.text().contains("Le 3919 n’est pas un numéro d’urgence"), page.text());
    }
}
