package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final Metadata french = ArticleFixtures.metadata("fr-article.html");
    private final Metadata english = ArticleFixtures.metadata("en-news.html");

    @Test
    void stripsSiteNameFromTitle() {
        assertEquals("Collecte des déchets : ce qui change en 2025", french.title());
        assertEquals("Council approves new cycle lanes", english.title());
    }

    @Test
    void stripsUnknownSiteSuffixFromPlainTitle() {
        Metadata m = read("<title>Horaires des piscines métropolitaines cet été - Ville de Roubaix</title>"
                + "<h1>Horaires des piscines métropolitaines cet été</h1>");
        assertEquals("Horaires des piscines métropolitaines cet été", m.title());
    }

    @Test
    void readsDateFromJsonLd() {
        assertEquals("2025-03-04", french.published());
    }

    @Test
    void readsDateFromArticleMeta() {
        assertEquals("2024-11-05T09:30:00Z", english.published());
    }

    @Test
    void readsFrenchDateOfTimeElement() {
        assertEquals("2025-03-04", read("<article><time>4 mars 2025</time><p>x</p></article>").published());
    }

    @Test
    void resolvesCanonicalUrl() {
        assertEquals("https://www.lillemetropole.fr/actualites/collecte-des-dechets-2025", french.url());
        assertEquals("https://gazette.example/news/cycle-lanes", english.url());
    }

    @Test
    void keepsTheLanguageTagThePageDeclares() {
        assertEquals("fr-FR", french.lang());
        assertEquals("en-GB", english.lang());
        assertNull(read("<p>sans langue</p>").lang());
    }

    @Test
    void readsBylineAndSiteName() {
        assertEquals("Service communication", french.byline());
        assertEquals("Métropole Européenne de Lille", french.site());
        assertEquals("Jane Smith", english.byline());
        assertEquals("The Northern Gazette", english.site());
    }

    @Test
    void survivesDeeplyNestedJsonLd() {
        String json = "[".repeat(50_000) + "]".repeat(50_000);
        Metadata m = read("<script type=\"application/ld+json\">" + json + "</script><title>Plan climat</title>");
        assertEquals("Plan climat", m.title());
    }

    private static Metadata read(String html) {
        return new MetadataReader().read(Jsoup.parse(html, ArticleFixtures.BASE), ArticleFixtures.BASE);
    }
}
