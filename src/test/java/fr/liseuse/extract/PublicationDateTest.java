package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The publication date as `read` gives it, on small pages written for each source and each pitfall. */
class PublicationDateTest {

    private static final String BASE = "https://www.example.fr/actualites/page";

    @Test
    void readsJsonLdGraphWithNestedArticle() {
        String json = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Ville\"},"
                + "{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":[\"NewsArticle\"],"
                + "\"dateModified\":\"2024-03-20T10:00:00+01:00\",\"datePublished\":\"2024-03-12T09:00:00+01:00\"}}]}";
        assertEquals("2024-03-12T09:00:00+01:00", published(ld(json) + "<h1>Titre</h1>"));
    }

    @Test
    void readsJsonLdArrayOfAnyType() {
        String json = "[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"HowTo\",\"datePublished\":\"2022-01-10\"}]";
        assertEquals("2022-01-10", published(ld(json)));
    }

    @Test
    void openGraphTimeOutranksCreationDate() {
        String json = "{\"@type\":\"Article\",\"dateCreated\":\"2024-02-01T08:00:00+01:00\"}";
        assertEquals("2024-03-12T09:00:00+01:00", published(ld(json)
                + "<meta property=\"article:published_time\" content=\"2024-03-12T09:00:00+01:00\">"));
    }

    @Test
    void creationDateServesWhenNoPublicationDate() {
        assertEquals("2024-02-01", published(ld("{\"@type\":\"Article\",\"dateCreated\":\"2024-02-01\"}")));
    }

    @Test
    void neverTakesTheModificationDate() {
        String page = "<meta property=\"article:modified_time\" content=\"2024-03-20T10:00:00+01:00\">"
                + ld("{\"@type\":\"Article\",\"dateModified\":\"2024-03-20\"}")
                + "<article><h1>Plan vélo</h1><p class=\"date-modified\">20 mars 2024</p>"
                + "<p>Mis à jour le 20 mars 2024</p><p class=\"date\">Publié le 12 mars 2024</p><p>Texte.</p></article>";
        assertEquals("2024-03-12", published(page));
    }

    @Test
    void readsCommonMetaNames() {
        assertEquals("2024-03-12", published("<meta name=\"DC.date.issued\" content=\"2024-03-12\">"));
        assertEquals("2024-03-12", published("<meta name=\"parsely-pub-date\" content=\"2024-03-12\">"));
        assertEquals("2024-03-12", published("<meta name=\"sailthru.date\" content=\"2024-03-12\">"));
    }

    @Test
    void readsItempropAndMicroformatMarks() {
        assertEquals("2024-03-12", published("<h1>Titre</h1><span itemprop=\"datePublished\" content=\"2024-03-12\">"
                + "12 mars</span>"));
        assertEquals("2020-04-28T21:11:00+02:00", published("<h1>Titre</h1><abbr class=\"published\" "
                + "title=\"2020-04-28T21:11:00+02:00\">21:11</abbr>"));
    }

    @Test
    void readsTheTimeElementOfTheArticleHeader() {
        assertEquals("2024-03-12T09:00:00+01:00", published("<aside><time datetime=\"2024-01-01\">1er janvier</time>"
                + "</aside><article><h1>Titre</h1><time datetime=\"2024-03-12T09:00:00+01:00\">12 mars</time>"
                + "</article>"));
    }

    @Test
    void keepsThePageOffsetWhenOnlyUtcIsMarkedAsPublished() {
        String page = "<meta property=\"article:published_time\" content=\"2023-11-09T02:11:03Z\">"
                + "<h1>Title</h1><time datetime=\"2023-11-08T21:11:03-05:00\">November 8, 2023</time>";
        assertEquals("2023-11-08T21:11:03-05:00", published(page));
    }

    @Test
    void aUtcTimeStampYieldsToTheDayShownBesideIt() {
        String page = "<meta property=\"article:published_time\" content=\"2021-11-04T23:00:00Z\">"
                + "<article><h1>Titre</h1><span class=\"date\">5 novembre 2021</span></article>";
        assertEquals("2021-11-05", published(page));
    }

    @Test
    void aUtcTimeStampKeepsItsDayWhenNoOffsetExplainsTheShownOne() {
        String page = "<meta property=\"article:published_time\" content=\"2023-11-06T13:10:22Z\">"
                + "<article><h1>Titre</h1><span class=\"date\">5 novembre 2023</span></article>";
        assertEquals("2023-11-06T13:10:22Z", published(page));
    }

    @Test
    void neverMovesAWrittenOffsetToUtc() {
        assertEquals("2024-03-12T23:30:00-05:00",
                published("<meta property=\"article:published_time\" content=\"2024-03-12T23:30:00-05:00\">"));
    }

    @Test
    void readsAFrenchDateShownUnderTheHeadline() {
        assertEquals("2024-03-01", published("<article><h1>Fête du vélo</h1><p>Par Marie Martin</p>"
                + "<p>1er mars 2024</p><p>Rendez-vous le 12 avril 2024 place de la mairie.</p></article>"));
    }

    @Test
    void readsGermanAndEnglishDatesShownNearTheHeadline() {
        assertEquals("2022-01-21", published("<html lang=\"de\"><h1>Neue Radwege</h1>"
                + "<p class=\"rte-caption\">21. Januar 2022 | Mobilität</p></html>"));
        assertEquals("2019-08-19", published("<html lang=\"en\"><h1>Bike lanes</h1>"
                + "<time class=\"article-head__timestamp\">Published on August 19, 2019</time></html>"));
    }

    @Test
    void thePageLanguageReadsSlashedDates() {
        assertEquals("2024-03-12", published("<html lang=\"fr\"><h1>Titre</h1><p>12/03/2024</p></html>"));
        assertEquals("2024-12-03", published("<html lang=\"en\"><h1>Title</h1><p>12/03/2024</p></html>"));
    }

    @Test
    void britishPagesWriteTheDayFirst() {
        assertEquals("2020-10-02", published("<html lang=\"en-GB\"><h1>Title</h1><p>02/10/2020</p></html>"));
        assertEquals("2020-02-10", published("<html lang=\"en-US\"><h1>Title</h1><p>02/10/2020</p></html>"));
    }

    @Test
    void readsADateLineWithATwoDigitYear() {
        assertEquals("2023-10-31", published("<html lang=\"de\"><h1>Grab-Bote</h1>"
                + "<div class=\"article-meta-wrapper\">Von: Björn Jahner <span>|</span> <span>31.10.23</span></div>"
                + "<p>Text.</p></html>"));
    }

    @Test
    void readsRdfaPublicationAndCreationMarks() {
        assertEquals("2022-01-28T12:45:46+01:00", published("<h1>Titel</h1><p>Text.</p>"
                + "<span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+01:00\"></span>"));
        assertEquals("2022-01-27", published("<h1>Titel</h1><p>Text.</p>"
                + "<span property=\"datePublished\" content=\"2022-01-27\"></span>"));
    }

    @Test
    void aPlainDateMetaYieldsToTheDateShownUnderTheHeadline() {
        String page = "<meta name=\"date\" content=\"2021-10-15\"><h1>Neue Präsidentin gewählt</h1>"
                + "<span>Erschienen am:</span><h2>13.10.2021</h2><p>Text.</p>";
        assertEquals("2021-10-13", published(page));
        assertEquals("2021-10-15", published("<meta name=\"date\" content=\"2021-10-15\"><h1>Titel</h1>"
                + "<p>Text.</p><footer><p>1.1.2020</p></footer>"));
    }

    @Test
    void aLogoInAnH1IsNotTheHeadline() {
        String menu = "<ul>" + "<li><a href=\"/rubrik\">Rubrik</a></li>".repeat(40) + "</ul>";
        assertEquals("2020-02-05", published("<meta name=\"date\" content=\"2020-02-12\">"
                + "<h1><a href=\"/\"><img src=\"logo.svg\" alt=\"Jugendwerk\"></a></h1>" + menu
                + "<div class=\"news-single-timedata\">05.02.2020 <span>Redaktion</span></div>"
                + "<h1>Faire Lieferketten</h1><p>Text.</p>"));
    }

    @Test
    void aGermanStandLineGivesTheDayOfTheText() {
        assertEquals("2020-04-28", published("<meta name=\"date\" content=\"2020-04-29T11:52:23\">"
                + "<h1>Daten gehackt</h1><p class=\"text\"><span class=\"stand\">Stand: 28.04.2020 18:00 Uhr</span>"
                + "</p><p>Text.</p>"));
    }

    @Test
    void aQuotedPostKeepsItsOwnDate() {
        assertEquals("2019-01-29", published("<article><h1>Das Urteil</h1><p class=\"date\">29. Januar 2019</p>"
                + "<p>Text.</p><blockquote><p>Post</p><time datetime=\"2018-03-12T19:30:12+00:00\">"
                + "Mär 12, 2018</time></blockquote></article>"));
    }

    @Test
    void anOpinionPieceMarkedAsCommentIsTheArticle() {
        assertEquals("2019-01-29", published("<div class=\"PageArticle_commentHeader\"><h1>Meinung</h1>"
                + "<span class=\"PublishDate\">29. Januar 2019</span></div><p>Text vom 3. Mai 2018.</p>"));
    }

    @Test
    void theDatesOfOtherArticlesOnThePageAreNotTheHeadlines() {
        assertEquals("2019-06-28T13:49:45Z", published("<article><h1>Chronique</h1>"
                + "<time datetime=\"2019-06-28T13:49:45Z\">28 juin 2019</time><p>Texte.</p></article>"
                + "<div class=\"secondary\"><article><h3>Autre</h3>"
                + "<time pubdate datetime=\"2019-09-22T07:30:29Z\">22 septembre</time></article></div>"));
    }

    @Test
    void theDateLinesOfOtherArticlesAreNotTheHeadlines() {
        assertEquals("2020-03-18", published("<article><h1>Chronique</h1><p>Écrit à Lyon le 18 mars 2020, ce texte"
                + " revient sur une semaine de confinement et sur ce qu'elle a changé dans le quartier.</p></article>"
                + "<section class=\"related\"><div><article><h3>Autre</h3><p class=\"date\">26 février 2020</p>"
                + "</article></div></section>"));
    }

    @Test
    void aListOfArticlesAboveTheHeadlineHoldsOtherPagesDates() {
        assertEquals("2020-03-18", published("<section><article><h2>Autre</h2><p class=\"date\">26 février 2020</p>"
                + "</article></section><div class=\"article-layout\"><h1>Achtsam durch die Krise</h1>"
                + "<p>Geschrieben am 18. März 2020 in Wien, als die Ausgangsbeschränkungen begannen und alle zu"
                + " Hause blieben.</p></div>"));
    }

    @Test
    void aPageWithNoPublicationDateIsDatedByItsLastChange() {
        assertEquals("2020-01-29", published("<h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mittwoch,"
                + " 5. Februar 2020 ab 19 Uhr im Vereinsheim statt; alle Mitglieder sind eingeladen.</p>"
                + "<div id=\"footer\"><ul><li id=\"footer-info-lastmod\">Diese Seite wurde zuletzt am"
                + " 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></div>"));
        assertEquals("2024-03-20T10:00:00+01:00", published(
                "<meta property=\"article:modified_time\" content=\"2024-03-20T10:00:00+01:00\">"
                + "<h1>Plan vélo</h1><p>La fête du vélo aura lieu le 12 avril 2024 sur la place de la mairie.</p>"));
    }

    @Test
    void theDayAMemberJoinedIsNoPublication() {
        assertEquals("2009-01-21", published("<h1>Was ist Freie Software?</h1><dl><dd class=\"profile-joined\">"
                + "<strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl><p class=\"author\">von r23 » "
                + "21.01.2009, 05:42</p><div class=\"content\">Text.</div>"));
    }

    @Test
    void anUpdateLabelInAnElementOfItsOwnMarksTheDateAfterIt() {
        assertEquals("2024-03-12", published("<article><h1>Plan vélo</h1><p><strong>Mis à jour :</strong>"
                + " 20 mars 2024</p><p class=\"date\">Publié le 12 mars 2024</p><p>Texte.</p></article>"));
    }

    @Test
    void aDateInTheHeadlineIsNotThePublication() {
        assertEquals("2007-05-20", published("<article><div class=\"entry-date\"><h1>Résultats du 19.5.2007</h1>"
                + "</div><p class=\"date\">20.05.2007</p></article>"));
    }

    @Test
    void commentDatesAreNotTheArticles() {
        assertEquals("2024-03-12", published("<article><h1>Titre</h1><p class=\"date\">12 mars 2024</p></article>"
                + "<div class=\"comments\"><p class=\"date\">13 mars 2024</p></div>"));
        assertNull(published("<h1>Titre</h1><p>Texte.</p><div id=\"comments\"><span>13 mars 2024</span></div>"));
    }

    @Test
    void readsTheDateOfTheAddress() {
        assertEquals("2014-05-18", published("<link rel=\"canonical\" href=\"https://blog.example/2014/05/18/mai/\">"
                + "<h1>Mai</h1><p>Texte sans date.</p>"));
        assertEquals("2020-01-13", published("<link rel=\"canonical\" href=\"https://news.example/megablaze-20200113\">"
                + "<h1>Megablaze</h1>"));
    }

    @Test
    void readsADayWrittenLastInTheAddress() {
        assertEquals("2021-10-29", published("<link rel=\"canonical\" href=\"https://example.de/meldungen/29-10-2021\">"
                + "<h1>Meldung</h1>"));
        assertEquals("2021-03-04", published("<html lang=\"fr\"><link rel=\"canonical\" "
                + "href=\"https://example.fr/actus/04-03-2021/\"><h1>Actu</h1></html>"));
        assertEquals("2021-04-03", published("<html lang=\"en\"><link rel=\"canonical\" "
                + "href=\"https://example.com/news/04-03-2021/\"><h1>News</h1></html>"));
    }

    @Test
    void readsAPublicationDateNamedInAScript() {
        assertEquals("2019-07-30T09:35:00", published("<script>var layer = {\"last-updated\":\"2019-08-02 10:00\","
                + "\"first-publication\":\"2019-07-30 09:35\"};</script><h1>Reise</h1><p>Text.</p>"));
        assertEquals("2016-11-04T20:37:27Z", published("<h1>Review</h1><script type=\"application/json\">"
                + "{\"publishedDate\":\"2016-11-04T20:37:27Z\",\"updatedDate\":\"2016-11-05T20:39:47Z\"}</script>"));
        assertNull(published("<script>var page = {\"publicPath\":\"/static/\",\"updated\":\"2019-08-02\"};</script>"
                + "<h1>Titre</h1><p>Texte.</p>"));
    }

    @Test
    void theAddressOutranksAScriptDate() {
        assertEquals("2024-03-12", published("<link rel=\"canonical\" href=\"https://blog.example/2024/03/12/x/\">"
                + "<script>dataLayer.push({publishDate: '2024-05-01'})</script><h1>Titre</h1>"));
    }

    @Test
    void theDateBesideACommentCountIsTheArticles() {
        assertEquals("2017-08-30", published("<html lang=\"en\"><h2 class=\"post-title\">Faster uploads</h2>"
                + "<div id=\"wpcom-comments-date\"><span class=\"date\">August 30, 2017</span>"
                + "<a class=\"comments\" href=\"#respond\">12 comments</a></div><p>Text.</p></html>"));
    }

    @Test
    void theFootersDatesAreNotTheArticles() {
        assertEquals("2016-09-27", published("<div class=\"post_detail\">27 Sep 2016</div>"
                + "<p>Texte de l'article.</p>".repeat(30)
                + "<div id=\"footer\"><h2>Les dernières actualités</h2><ul><li><a href=\"/a\">Autre article</a>"
                + "<span class=\"post-date\">09/09/2019</span></li></ul></div>"));
    }

    @Test
    void aFooterHeadingIsNotTheHeadline() {
        assertEquals("2024-03-03", published("<p class=\"date\">3 mars 2024</p>" + "<p>Texte.</p>".repeat(40)
                + "<p class=\"date\">Prochaine séance : 10 avril 2024</p>"
                + "<div class=\"site-footer\"><h2>Nous contacter</h2><p>Mairie</p></div>"));
    }

    @Test
    void aDateLineOutranksTheAddress() {
        assertEquals("2024-03-12", published("<link rel=\"canonical\" href=\"https://blog.example/2024/03/11/x/\">"
                + "<h1>Titre</h1><p class=\"date\">12 mars 2024</p>"));
    }

    @Test
    void refusesFutureAndEarlyDates() {
        assertNull(published("<meta property=\"article:published_time\" content=\"2999-03-12\"><h1>Titre</h1>"));
        assertEquals("2024-03-12", published("<meta property=\"article:published_time\" content=\"2999-03-12\">"
                + "<h1>Titre</h1><p>12 mars 2024</p>"));
        assertNull(published("<h1>Titre</h1><p>4 juillet 1776</p>"));
    }

    @Test
    void fallsBackOnTheFirstDateOfTheArticleText() {
        assertEquals("2024-04-12", published("<p>Menu</p><article><h1>Titre</h1>" + "<p>Texte.</p>".repeat(70)
                + "<p>La fête aura lieu le 12 avril 2024 sur la place de la mairie, près du marché couvert.</p>"
                + "</article>"));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private static String published(String html) {
        return new MetadataReader().read(Jsoup.parse(html, BASE), BASE).published();
    }
}
