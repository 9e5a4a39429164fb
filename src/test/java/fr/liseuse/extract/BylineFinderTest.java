package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylineFinderTest {

    private static final String SITE = "<meta property=\"og:site_name\" content=\"La Gazette du Nord\">";
    private static final String BODY = "<p>Le conseil a voté le budget des transports pour l'année prochaine.</p>";

    @Test
    void joinsThePeopleOfAJsonLdAuthorArray() {
        String page = jsonLd("{\"@type\": \"NewsArticle\", \"headline\": \"Budget\", \"author\": ["
                + "{\"@type\": \"Person\", \"name\": \"Claire Martin\"}, {\"@type\": \"Person\", \"name\": \"Yann Le Goff\"}]}");
        assertEquals("Claire Martin, Yann Le Goff", byline(page));
    }

    @Test
    void followsAuthorReferencesInsideAGraph() {
        String page = jsonLd("{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"Article\", \"headline\": \"Budget\", \"author\": {\"@id\": \"#p1\"}},"
                + "{\"@type\": \"Person\", \"@id\": \"#p1\", \"name\": \"Claire Martin\"}]}");
        assertEquals("Claire Martin", byline(page));
    }

    @Test
    void readsJsonLdWrappedInCdata() {
        String page = "<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\": \"Article\", "
                + "\"author\": {\"@type\": \"Person\", \"name\": \"Claire Martin\"}}\n//]]></script>" + BODY;
        assertEquals("Claire Martin", byline(page));
    }

    @Test
    void anOrganisationAuthorIsNotAByline() {
        String page = jsonLd("{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Organization\", \"name\": \"Agence Centrale\"}}")
                + "<meta name=\"author\" content=\"Claire Martin\">";
        assertEquals("Claire Martin", byline(page));
    }

    @Test
    void theSiteOrItsPublisherGivenAsAuthorIsNotAByline() {
        assertNull(byline(SITE + "<meta name=\"author\" content=\"La Gazette du Nord\">" + BODY));
        String publisher = jsonLd("{\"@type\": \"NewsArticle\", \"publisher\": {\"@type\": \"Organization\", "
                + "\"name\": \"Groupe Presse Nord\"}}") + "<meta property=\"article:author\" content=\"Groupe Presse Nord\">";
        assertNull(byline(publisher));
    }

    @Test
    void aPersonTypedAuthorNamedLikeTheSiteIsKept() {
        String blog = jsonLd("{\"@type\": \"Article\", \"author\": {\"@type\": \"Person\", \"name\": \"Claire Martin\"},"
                + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"Claire Martin\"}}");
        assertEquals("Claire Martin", byline(blog));
    }

    @Test
    void accountNamesAndAddressesAreNotPeople() {
        assertNull(byline("<meta name=\"author\" content=\"admin\">" + BODY));
        assertNull(byline("<meta property=\"article:author\" content=\"https://www.facebook.com/gazette\">" + BODY));
        assertNull(byline("<meta name=\"author\" content=\"redaction@gazette.example\">" + BODY));
    }

    @Test
    void dublinCoreCreatorOutranksALooseAuthorTag() {
        String page = "<meta property=\"dc:creator og:author\" content=\"Claire Martin\">"
                + "<meta name=\"author\" content=\"FAIL\">" + BODY;
        assertEquals("Claire Martin", byline(page));
    }

    @Test
    void markedAuthorGivesTheNamesNotTheDateBesideThem() {
        String page = "<article><h1>Budget</h1><div class=\"byline\">Par <a href=\"/auteurs/cm\">Claire Martin</a>"
                + " le 4 mars 2025 à 10 h</div>" + BODY + "</article>";
        assertEquals("Claire Martin", byline(page));
        String nested = "<article><h1>Budget</h1><span itemprop=\"author\" itemscope>Publié par "
                + "<span itemprop=\"name\">Claire Martin</span></span>" + BODY + "</article>";
        assertEquals("Claire Martin", byline(nested));
    }

    @Test
    void teaserAuthorsAreNeverTheByline() {
        String related = "<ul><li><h2><a href=\"/a\">Les bus de nuit reviennent</a></h2><span class=\"author\">Paul Roy</span></li>"
                + "<li><h2><a href=\"/b\">Un nouveau pont</a></h2><span class=\"author\">Léa Simon</span></li></ul>";
        assertNull(byline("<article><h1>Budget</h1>" + BODY + related + "</article>"));
        String aside = "<aside><h3>À lire aussi</h3><p class=\"byline\">Par Paul Roy</p></aside>";
        assertEquals("Claire Martin", byline(aside + "<article><h1>Budget</h1><p>Par Claire Martin</p>" + BODY + "</article>"));
    }

    @Test
    void findsAVisibleBylineLineUnderTheHeadline() {
        assertEquals("Claire Martin", byline("<article><h1>Budget</h1><p>Par Claire Martin</p>" + BODY + "</article>"));
        assertEquals("Jane Smith", byline("<h1>Budget</h1><div><span>By <a href=\"/people/js\">Jane Smith</a></span></div>" + BODY));
        assertEquals("Anna Weber", byline("<h1>Haushalt</h1><p>Von Anna Weber</p>" + BODY));
    }

    @Test
    void aSentenceStartingLikeABylineIsNotOne() {
        assertNull(byline("<h1>Budget</h1><p>Par ailleurs, le vote est reporté.</p>" + BODY));
        assertNull(byline("<h1>Newsletter</h1><p>By clicking Submit you agree to the <a href=\"/p\">Privacy Policy</a></p>"));
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>" + BODY;
    }

    private static String byline(String html) {
        return new MetadataReader().read(Jsoup.parse(html, ArticleFixtures.BASE), ArticleFixtures.BASE).byline();
    }
}
