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

    @Test
    void aSeparatorEndsTheNameAndWhatFollowsGoes() {
        assertEquals("Claire Martin", byline("<meta name=\"author\" content=\"Claire Martin - Rédaction web\">" + BODY));
    }

    @Test
    void theWordsOfADateBeforeItsDigitsAreNoPartOfTheName() {
        assertEquals("Jane Smith", byline("<article><h1>Budget</h1><div class=\"byline\">By Jane Smith on Thursday, "
                + "March 11, 2025</div>" + BODY + "</article>"));
        assertEquals("Claire Martin", byline("<article><h1>Budget</h1><div class=\"byline\">Claire Martin publié le "
                + "4 mars 2025</div>" + BODY + "</article>"));
        assertNull(byline("<article><h1>Budget</h1><div class=\"byline\">Last Updated: January 7, 2025</div>"
                + BODY + "</article>"));
    }

    @Test
    void wordsInElementsSideBySideAreSeparateWords() {
        assertEquals("Jane Smith", byline("<h1>Budget</h1><div><span>By</span><span>Jane Smith</span></div>" + BODY));
        assertEquals("Anna Weber", byline("<h1>Haushalt</h1><p class=\"author\"><em>von</em><span>Anna Weber</span>"
                + "<em>31.10.2023</em></p>" + BODY));
    }

    @Test
    void aBylineLineIsTheSmallestBoxHoldingTheName() {
        String share = "<h1>Budget</h1><div class=\"tools\"><div>By <span>Jane Smith</span></div>"
                + "<div><a href=\"/share/fb\">facebook</a> <a href=\"/share/tw\">twitter</a></div></div>" + BODY;
        assertEquals("Jane Smith", byline(share));
    }

    @Test
    void anImageCreditIsNotTheArticlesByline() {
        String page = "<article><h1>Budget</h1><figure><img src=\"/i.jpg\" alt=\"\"><figcaption>"
                + "<span itemprop=\"author\">Photo : Paul Roy</span></figcaption></figure>"
                + "<p class=\"byline\">Claire Martin</p>" + BODY + "</article>";
        assertEquals("Claire Martin", byline(page));
    }

    @Test
    void aMarkedAuthorLosesItsLabel() {
        assertEquals("Jane Smith", byline("<article><h1>Budget</h1><span class=\"author\">Author: Jane Smith</span>"
                + BODY + "</article>"));
        assertEquals("Daniel Roy", byline("<article><h1>Budget</h1>" + BODY + "<a rel=\"author\" href=\"/a/dr\">"
                + "View all posts by Daniel Roy</a></article>"));
    }

    @Test
    void aVisibleLabelLineIsNotAByline() {
        // in a review, "Author:" under the headline names the book's author
        assertNull(byline("<article><h1>Mon livre du mois</h1><p>Autrice : Alys Arden</p>" + BODY + "</article>"));
    }

    @Test
    void roleWordsAreNotPeople() {
        assertNull(byline("<meta name=\"author\" content=\"editor\">" + BODY));
        assertNull(byline("<meta name=\"author\" content=\"Publisher\">" + BODY));
    }

    @Test
    void aMarkLinkingToARoleOrTheSiteNamesNobody() {
        String role = "<article><h1>Budget</h1><span class=\"author\"><span class=\"screen-reader-text\">Author</span> "
                + "<a href=\"/author/redaktion\">Redaktion</a></span>" + BODY + "</article>";
        assertNull(byline(role));
        String site = SITE + "<article><h1>Budget</h1><span class=\"byline\">Article de "
                + "<a href=\"/\">La Gazette du Nord</a></span>" + BODY + "</article>";
        assertNull(byline(site));
    }

    @Test
    void aLineOpeningWithVonIsABylineOnlyWhenItReadsLikeNames() {
        assertNull(byline("<h1>Sommerfest</h1><p>Von Hexen, Vampiren und Musik in der Altstadt</p>" + BODY));
        assertEquals("Anna von Berg und Jan de Vries",
                byline("<h1>Haushalt</h1><p>Von Anna von Berg und Jan de Vries</p>" + BODY));
    }

    @Test
    void relAuthorIsOneOfTheLinksRelations() {
        assertEquals("Jane Smith", byline("<article><h1>Budget</h1>" + BODY
                + "<a rel=\"author external\" href=\"https://jane.example\">Jane Smith</a></article>"));
    }

    @Test
    void aClassNamedForTheAuthorInTheStyleSheetsOwnWordsIsAMark() {
        assertEquals("Jane Smith", byline("<article><h1>Budget</h1><div class=\"c-article__byline-name\">Jane Smith</div>"
                + BODY + "</article>"));
        assertEquals("Anna Weber", byline("<article><h1>Haushalt</h1><span class=\"Author_name\">Anna Weber</span>"
                + BODY + "</article>"));
    }

    @Test
    void classNamesAboutAnotherThingThanTheAuthorAreNotMarks() {
        String comments = "<article><h1>Budget</h1>" + BODY + "</article><ol><li><span class=\"comment-author\">Paul Roy"
                + "</span><p>Bien dit.</p></li></ol><footer><span class=\"theme-author\">Pirate Theme</span></footer>";
        assertNull(byline(comments));
    }

    @Test
    void aStrictMarkOutranksAClassInTheStyleSheetsOwnWords() {
        String page = "<article><h1>Budget</h1><div class=\"entry-author-box\">Paul Roy</div><span class=\"byline\">"
                + "Claire Martin</span>" + BODY + "</article>";
        assertEquals("Claire Martin", byline(page));
    }

    @Test
    void aDateLineNamingItsAuthorLastGivesTheAuthor() {
        assertEquals("Adi Levy", byline("<article><h1>Budget</h1><div class=\"author\">Posted on September 21, 2020"
                + " by Adi Levy</div>" + BODY + "</article>"));
    }

    @Test
    void aListOfCreditsIsNotAByline() {
        assertNull(byline("<article><h1>Émission</h1><div class=\"author\">revue de presse : Didier Roy montage : "
                + "Léa Simon</div>" + BODY + "</article>"));
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>" + BODY;
    }

    private static String byline(String html) {
        return new MetadataReader().read(Jsoup.parse(html, ArticleFixtures.BASE), ArticleFixtures.BASE).byline();
    }
}
