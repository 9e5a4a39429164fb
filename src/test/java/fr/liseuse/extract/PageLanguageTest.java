package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageLanguageTest {

    @Test
    void keepsTheRegionInBcp47Case() {
        assertEquals("en-US", lang("<html lang=\"en-us\"><p>x</p></html>"));
        assertEquals("fr-FR", lang("<html lang=\"FR_fr\"><p>x</p></html>"));
        assertEquals("zh-Hant-TW", lang("<html lang=\"zh-hant-tw\"><p>x</p></html>"));
        assertEquals("es-419", lang("<html lang=\"es-419\"><p>x</p></html>"));
    }

    @Test
    void readsTheOtherDeclarationsWhenHtmlHasNone() {
        assertEquals("fr-BE", lang("<meta http-equiv=\"content-language\" content=\"fr-BE, nl-BE\"><p>x</p>"));
        assertEquals("de-DE", lang("<meta property=\"og:locale\" content=\"de_DE\"><p>x</p>"));
    }

    @Test
    void theHtmlDeclarationWinsOverTheSocialCardLocale() {
        assertEquals("en", lang("<html lang=\"en\"><meta property=\"og:locale\" content=\"en_US\"><p>x</p></html>"));
    }

    @Test
    void aDeclarationThatIsNotALanguageTagGivesItsLanguageOrNothing() {
        assertEquals("en", lang("<html lang=\"en_US.UTF-8\"><p>x</p></html>"));
        assertNull(lang("<html lang=\"{{ locale }}\"><p>x</p></html>"));
        assertNull(lang("<p>sans langue</p>"));
    }

    private static String lang(String html) {
        return new MetadataReader().read(Jsoup.parse(html, ArticleFixtures.BASE), ArticleFixtures.BASE).lang();
    }
}
