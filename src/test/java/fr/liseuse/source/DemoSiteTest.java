package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.source.SourceException.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoSiteTest {

    private static final Pattern ANCHOR_HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");
    private static final Pattern RESULT = Pattern.compile("<li class=\"resultat\">\\s*<h3><a href=\"([^\"]+)\">");

    private final DemoSite site = new DemoSite();

    private String html(String source) throws SourceException {
        return Charsets.decode(site.open(source));
    }

    @Test
    void theHomeIsDemoSlashAndWorksOffline() throws SourceException {
        Sources offline = new Sources(SourceOptions.defaults(Map.of()).withOffline(true));
        Fetched home = offline.open("demo:/");
        assertEquals("demo:/", home.baseUri());
        assertEquals("text/html", home.contentType());
        assertTrue(Charsets.decode(home).contains("<nav class=\"menu-principal\" aria-label=\"Menu principal\">"));
        assertEquals("demo:/", offline.open("demo:").baseUri());
    }

    @Test
    void aPathOpensItsPageWithThatPathAsBase() throws SourceException {
        Fetched f = site.open("demo:/dechets/horaires");
        assertEquals("demo:/dechets/horaires", f.baseUri());
        assertTrue(Charsets.decode(f).contains("<h1>Collecte des déchets : jours et horaires</h1>"));
        assertEquals("demo:/dechets/horaires", site.open("demo:/dechets/horaires/#jours").baseUri());
    }

    @Test
    void rootRelativeLinksResolveInsideTheDemoSite() {
        assertEquals("demo:/dechets/horaires", URI.create("demo:/logement/aides").resolve("/dechets/horaires").toString());
    }

    @Test
    void unknownPagesAreNotFound() {
        for (String source : List.of("demo:/nulle-part", "demo:/../version.properties", "demo:/dechets/../../messages_fr",
                "demo:/pages.tsv", "demo:/index")) {
            SourceException e = assertThrows(SourceException.class, () -> site.open(source), source);
            assertEquals(Kind.NOT_FOUND, e.kind(), source);
        }
    }

    @Test
    void everyPageIsOrdinaryFrenchHtmlWithItsCanonicalAddress() throws SourceException {
        List<String> sources = site.sources();
        assertTrue(sources.size() >= 18, sources.toString());
        for (String source : sources) {
            Fetched f = site.open(source);
            String text = new String(f.body(), StandardCharsets.UTF_8);
            assertEquals(text, Charsets.decode(f), source + " is valid UTF-8");
            assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), source);
            assertTrue(text.contains("<meta charset=\"utf-8\">"), source);
            assertTrue(text.contains("<link rel=\"canonical\" href=\"" + source + "\">"), source);
            assertTrue(text.contains("<header") && text.contains("aria-label=\"Menu principal\""), source);
            assertTrue(text.contains("Standard : <a href=\"tel:+33353010000\">03 53 01 00 00</a>"), source);
            assertTrue(text.contains("role=\"dialog\" aria-label=\"Gestion des cookies\""), source);
        }
    }

    @Test
    void atLeastFourArticlesWithBreadcrumbAndSeeAlso() throws SourceException {
        int articles = 0;
        for (String source : site.sources()) {
            String text = html(source);
            if (!text.contains("<meta property=\"og:type\" content=\"article\">")) continue;
            articles++;
            assertTrue(text.contains("aria-label=\"Fil d’Ariane\""), source);
            assertTrue(text.contains("<h2 id=\"titre-voir-aussi\">Voir aussi</h2>"), source);
        }
        assertTrue(articles >= 4, "articles: " + articles);
    }

    @Test
    void everyInternalLinkLeadsToAPage() throws SourceException {
        List<String> pages = new ArrayList<>(site.sources());
        pages.add("demo:/recherche?q=dechets");
        for (String source : pages) {
            Matcher m = ANCHOR_HREF.matcher(html(source));
            while (m.find()) {
                String href = m.group(1);
                if (!href.startsWith("/")) continue;
                String target = URI.create(site.open(source).baseUri()).resolve(href).toString();
                assertTrue(target.startsWith("demo:/"), target);
                site.open(target); // throws NOT_FOUND for a broken link
            }
        }
    }

    @Test
    void theViolenceArticleEndsWithNationalNumbersAndAFictionalAssociation() throws SourceException {
        String text = html("demo:/solidarite/violences-conjugales");
        String end = text.substring(text.indexOf("<h2>Numéros à retenir</h2>"));
        for (String needle : List.of("<strong>3919</strong>", "n’est pas un numéro d’urgence", "<strong>17</strong>",
                "<strong>112</strong>", "<strong>114</strong> : par SMS", "03 53 01 42 17",
                "mailto:contact@lisiere-ecoute.example")) {
            assertTrue(end.contains(needle), needle);
        }
        assertTrue(text.contains("association fictive"));
    }

    @Test
    void searchAnnouncesItsCountAndListsMatchingPages() throws SourceException {
        Fetched f = site.open("demo:/recherche?q=dechets");
        assertEquals("demo:/recherche?q=dechets", f.baseUri());
        String text = Charsets.decode(f);
        assertTrue(text.contains("3 résultats pour « dechets »"), text);
        List<String> hrefs = new ArrayList<>();
        Matcher m = RESULT.matcher(text);
        while (m.find()) hrefs.add(m.group(1));
        assertEquals(List.of("/dechets/horaires", "/dechets/decheteries", "/dechets/encombrants"), hrefs);
        assertTrue(text.contains("<p class=\"extrait\">"));
    }

    @Test
    void everyFrequentSearchOfTheSearchBoxFindsSomething() throws SourceException {
        String home = html("demo:/");
        String box = home.substring(home.indexOf("<div class=\"recherches-frequentes\">"));
        Matcher m = ANCHOR_HREF.matcher(box.substring(0, box.indexOf("</div>")));
        int searches = 0;
        while (m.find()) {
            searches++;
            assertTrue(m.group(1).startsWith("/recherche?q="), m.group(1));
            String page = html("demo:" + m.group(1));
            assertFalse(page.contains("Aucun résultat"), m.group(1));
        }
        assertTrue(searches >= 3, "frequent searches: " + searches);
    }

    @Test
    void searchIgnoresCaseAccentsAndPlurals() throws SourceException {
        assertTrue(html("demo:/recherche?q=D%C3%89CHET").contains("3 résultats"));
        assertTrue(html("demo:/recherche?q=violence+conjugale").contains("1 résultat pour"));
    }

    @Test
    void searchWithoutQueryOrHitsSaysSo() throws SourceException {
        assertTrue(html("demo:/recherche").contains("Saisissez un ou plusieurs mots"));
        assertTrue(html("demo:/recherche?q=licorne").contains("Aucun résultat pour « licorne »."));
    }

    @Test
    void theQueryIsEscapedInTheResultsPage() throws SourceException {
        String text = html("demo:/recherche?q=%3Cscript%3Ealert(1)%3C/script%3E");
        assertFalse(text.contains("<script>alert"));
        assertTrue(text.contains("&lt;script&gt;"));
    }
}
