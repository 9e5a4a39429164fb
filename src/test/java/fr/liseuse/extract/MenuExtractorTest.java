package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.MenuEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MenuExtractorTest {

    private static final String BASE = "https://www.lillemetropole.fr/votre-quotidien/dechets";
    private final MenuExtractor extractor = new MenuExtractor();

    static Document fixture(String name, String base) throws IOException {
        try (InputStream in = MenuExtractorTest.class.getResourceAsStream("/fixtures/menu/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), base);
        }
    }

    private static List<String> labels(List<MenuEntry> entries) {
        return entries.stream().map(MenuEntry::label).toList();
    }

    @Test
    void smokePageGivesTheMainMenuWithItsChildren() throws IOException {
        List<MenuEntry> menu = extractor.extract(fixture("smoke.html", "https://exemple.test/dechets/horaires"),
                "https://exemple.test/dechets/horaires");
        assertEquals(List.of("Au quotidien", "Démocratie"), labels(menu));
        assertEquals(List.of("Déchets", "Eau"), labels(menu.get(0).children()));
        assertEquals("https://exemple.test/quotidien", menu.get(0).url());
        assertEquals("https://exemple.test/quotidien/eau", menu.get(0).children().get(1).url());
    }

    @Test
    void metropolePagePrefersTheMainMenuOverQuickLinksFooterAndBreadcrumb() throws IOException {
        List<MenuEntry> menu = extractor.extract(fixture("metropole-accueil.html", BASE), BASE);
        assertEquals(List.of("Votre quotidien", "La Métropole", "Grands projets", "Économie et emploi"), labels(menu));

        MenuEntry quotidien = menu.get(0);
        assertNull(quotidien.url(), "an entry that only opens its submenu has no URL");
        assertEquals(List.of("Déchets", "Eau et assainissement", "Transports et mobilité"), labels(quotidien.children()));
        MenuEntry transports = quotidien.children().get(2);
        assertEquals(List.of("Réseau Ilévia", "Vélo"), labels(transports.children()));
        assertEquals("https://www.ilevia.fr/", transports.children().get(0).url());
        assertEquals("https://www.lillemetropole.fr/votre-quotidien/transports/velo", transports.children().get(1).url());

        MenuEntry metropole = menu.get(1);
        assertEquals("https://www.lillemetropole.fr/metropole", metropole.url());
        assertEquals(List.of("Les 95 communes", "Le conseil métropolitain"), labels(metropole.children()));
        assertNull(menu.get(3).url(), "javascript: links are not followed");
    }

    @Test
    void readingTheMenuLeavesTheDocumentUnchanged() throws IOException {
        Document doc = fixture("metropole-accueil.html", BASE);
        String before = doc.outerHtml();
        extractor.extract(doc, BASE);
        assertEquals(before, doc.outerHtml());
    }

    @Test
    void pageWithOnlyFooterBreadcrumbAndSkipLinksHasNoMenu() throws IOException {
        assertEquals(List.of(), extractor.extract(fixture("sans-menu.html", BASE), BASE));
    }

    @Test
    void emptyPageHasNoMenu() {
        assertEquals(List.of(), extractor.extract(Jsoup.parse("<p>Bonjour</p>"), BASE));
    }

    @Test
    void listNamedLikeAMenuIsUsedWhenThereIsNoNav() {
        Document doc = Jsoup.parse("<div class='top'><ul id='main-menu'><li><a href='/a'>Agenda</a></li>"
                + "<li><a href='/b'>Sortir</a></li></ul></div><p>Texte</p>", "https://exemple.test/");
        List<MenuEntry> menu = extractor.extract(doc, "https://exemple.test/");
        assertEquals(List.of("Agenda", "Sortir"), labels(menu));
        assertEquals("https://exemple.test/b", menu.get(1).url());
    }

    @Test
    void labelsAreSanitised() {
        Document doc = Jsoup.parse("<nav><ul><li><a href='/x'>Évé\u001b[2Jnements\u202e</a></li></ul></nav>",
                "https://exemple.test/");
        assertEquals(List.of("Événements"), labels(extractor.extract(doc, "https://exemple.test/")));
    }

    @Test
    void deepNestingIsCutAtTheDepthCap() {
        String html = "<nav>" + "<ul><li><a href='/n'>Niveau</a>".repeat(2000) + "</li></ul>".repeat(2000) + "</nav>";
        Document doc = Jsoup.parse(html, "https://exemple.test/");
        List<MenuEntry> menu = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> extractor.extract(doc, "https://exemple.test/"));
        int depth = 0;
        for (List<MenuEntry> level = menu; !level.isEmpty(); level = level.get(0).children()) depth++;
        assertEquals(MenuTree.MAX_DEPTH, depth);
        assertTrue(depth > 1);
    }
}
