package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.RichText;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final Article french = ArticleFixtures.article("fr-article.html");
    private final String frenchText = ArticleFixtures.text(french);

    @Test
    void keepsTheArticleBody() {
        assertTrue(frenchText.contains("les jours de collecte des ordures ménagères changent dans 43 communes"));
        assertTrue(frenchText.contains("Ce qui change pour vous"));
        assertTrue(frenchText.contains("dechets@lillemetropole.fr"));
    }

    @Test
    void dropsCookieBanner() {
        assertFalse(frenchText.contains("Nous utilisons des cookies"), frenchText);
        assertFalse(frenchText.contains("Accepter"), frenchText);
    }

    @Test
    void dropsNavigationBreadcrumbAndSkipLinks() {
        assertFalse(frenchText.contains("Aller au contenu"), frenchText);
        assertFalse(frenchText.contains("Vous êtes ici"), frenchText);
        assertFalse(frenchText.contains("Grands projets"), frenchText);
        assertFalse(frenchText.contains("Rechercher"), frenchText);
    }

    @Test
    void dropsShareBarSeeAlsoNewsletterAndFrequentSearches() {
        assertFalse(frenchText.contains("Partager sur Facebook"), frenchText);
        assertFalse(frenchText.contains("Voir aussi"), frenchText);
        assertFalse(frenchText.contains("compostage gratuit"), frenchText);
        assertFalse(frenchText.contains("newsletter"), frenchText);
        assertFalse(frenchText.contains("Recherches fréquentes"), frenchText);
    }

    @Test
    void dropsFooter() {
        assertFalse(frenchText.contains("Mentions légales"), frenchText);
        assertFalse(frenchText.contains("boulevard des Cités Unies"), frenchText);
    }

    @Test
    void doesNotRepeatTheTitle() {
        assertFalse(frenchText.contains("Collecte des déchets : ce qui change en 2025"), frenchText);
    }

    @Test
    void keepsListsAndTables() {
        Block.ListBlock list = first(french, Block.ListBlock.class);
        assertFalse(list.ordered());
        assertEquals("Les encombrants sont collectés sur rendez-vous uniquement.", list.items().get(1).text());
        Block.Table table = first(french, Block.Table.class);
        assertEquals(List.of("Commune", "Ancien jour", "Nouveau jour"), table.rows().get(0));
        assertEquals(List.of("Tourcoing", "Jeudi", "Vendredi"), table.rows().get(2));
    }

    @Test
    void keepsImagesWithMeaningfulAltAsAbsoluteUrls() {
        Block.Image image = first(french, Block.Image.class);
        assertEquals("Un camion de collecte dans une rue de Roubaix", image.alt());
        assertEquals("https://www.lillemetropole.fr/images/camion.jpg", image.url());
        assertFalse(frenchText.contains("Logo"));
    }

    @Test
    void joinsInlineTextAsABrowserShowsIt() {
        assertTrue(frenchText.startsWith("À partir du 1er avril, les jours"), frenchText);
    }

    @Test
    void numbersEachLinkOnce() {
        List<Link> links = french.links();
        List<String> urls = links.stream().map(Link::url).collect(Collectors.toList());
        assertEquals(List.of("https://www.lillemetropole.fr/dechets/calendrier", "mailto:dechets@lillemetropole.fr"),
                urls);
        assertEquals(1, links.get(0).n());
        assertEquals(2, links.get(1).n());
        long marksOfCalendar = french.blocks().stream().flatMap(b -> BoilerplateBlocks.texts(b).stream())
                .flatMap(t -> t.marks().stream()).filter(m -> m.n() == 1).count();
        assertEquals(2, marksOfCalendar);
    }

    @Test
    void marksCoverTheAnchorText() {
        RichText para = BoilerplateBlocks.texts(french.blocks().get(1)).get(0);
        RichText.LinkMark mark = para.marks().get(0);
        assertEquals("calendrier en ligne", para.text().substring(mark.start(), mark.end()));
    }

    @Test
    void neverOffersJavascriptLinks() {
        assertTrue(french.links().stream().noneMatch(l -> l.url().toLowerCase().startsWith("javascript")));
        assertTrue(frenchText.contains("ouvrez la carte"), frenchText);
    }

    @Test
    void tellsArticlesFromHubs() {
        assertTrue(french.articleLike());
        assertFalse(ArticleFixtures.article("fr-hub.html").articleLike());
    }

    @Test
    void englishNewsKeepsQuoteAndOrderedListButNotRelatedOrComments() {
        Article english = ArticleFixtures.article("en-news.html");
        String text = ArticleFixtures.text(english);
        assertTrue(text.startsWith("The city council voted on Tuesday"), text);
        assertTrue(first(english, Block.Quote.class).plainText().contains("biggest change to our streets"));
        assertTrue(first(english, Block.ListBlock.class).ordered());
        assertFalse(text.contains("Share on Facebook"), text);
        assertFalse(text.contains("Bus fares"), text);
        assertFalse(text.contains("Great news for cyclists"), text);
        assertFalse(text.contains("By Jane Smith"), text);
        assertFalse(text.contains("All rights reserved"), text);
    }

    @Test
    void survivesDeepNesting() {
        String prose = "Les horaires des déchetteries changent au printemps, et voici pourquoi, en détail.";
        String html = "<html><body>" + "<div>".repeat(20_000) + "<p>" + prose + "</p>" + "</div>".repeat(20_000)
                + "</body></html>";
        Document doc = Jsoup.parse(html, ArticleFixtures.BASE);
        Article article = new ArticleExtractor().extract(doc, ArticleFixtures.BASE, null);
        assertTrue(ArticleFixtures.text(article).contains(prose));
    }

    @Test
    void messyHtmlIsNeverAnError() {
        Document doc = Jsoup.parse("<p><b>a<i>b</p></b>c<table><tr><td>", ArticleFixtures.BASE);
        Article article = new ArticleExtractor().extract(doc, ArticleFixtures.BASE, "");
        assertFalse(article.articleLike());
    }

    private static <T extends Block> T first(Article article, Class<T> type) {
        return article.blocks().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
