package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    private static final String SITE = "<meta property=\"og:site_name\" content=\"La Gazette du Nord\">";

    @Test
    void dropsTheSiteNameAfterOrBeforeTheTitle() {
        assertEquals("Le budget est voté", title(SITE + "<title>Le budget est voté | La Gazette du Nord</title>"));
        assertEquals("Le budget est voté", title(SITE + "<title>La Gazette du Nord - Le budget est voté</title>"));
        assertEquals("Le budget est voté", title(SITE + "<title>La Gazette du Nord : Le budget est voté</title>"));
    }

    @Test
    void aColonInsideTheTitleIsNotASiteSeparator() {
        assertEquals("Transports : ce qui change en 2025",
                title(SITE + "<title>Transports : ce qui change en 2025</title>"));
    }

    @Test
    void theHeadlineThePageAndItsDataAgreeOnBeatsTheSocialCardTitle() {
        String page = SITE + "<meta property=\"og:title\" content=\"Vous ne devinerez jamais ce que le conseil a voté\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Le budget est voté\"}</script>"
                + "<title>Le budget est voté - La Gazette du Nord</title><article><h1>Le budget est voté</h1></article>";
        assertEquals("Le budget est voté", title(page));
    }

    @Test
    void keepsTheDeclaredFormOfATitleTheHeadlineWritesDifferently() {
        String page = "<meta property=\"og:title\" content='Le \"grand\" budget'>"
                + "<title>Le \"grand\" budget</title><h1>Le « grand » budget</h1>";
        assertEquals("Le \"grand\" budget", title(page));
    }

    @Test
    void aHeadlineWithADashIsKeptWhole() {
        String page = "<title>Friday Facts #282 - 0.17 in sight</title><h1>Friday Facts #282 - 0.17 in sight</h1>";
        assertEquals("Friday Facts #282 - 0.17 in sight", title(page));
    }

    @Test
    void dublinCoreTitleOutranksTheDocumentTitleWhenNothingAgrees() {
        String page = "<title>Title Element</title><meta property=\"x:title dc:title\" content=\"My title\">"
                + "<article><h1>Test document title</h1></article>";
        assertEquals("My title", title(page));
    }

    private static String title(String html) {
        return new MetadataReader().read(Jsoup.parse(html, ArticleFixtures.BASE), ArticleFixtures.BASE).title();
    }
}
