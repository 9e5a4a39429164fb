package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** When finding the article fails, the reader still gets the page's whole text. */
class ArticleFallbackTest {

    private static final String PAGE = "<html><head><title>Aide</title><style>p { color: red }</style></head><body>"
            + "<nav><a href='/'>Accueil</a></nav>"
            + "<div class='contenu'><h1>Où trouver de l’aide</h1><p>Appelez le <b>3919</b>, gratuit\u001b[31m et anonyme.</p>"
            + "<p>En cas de danger, composez le 17.</p><script>alert('x')</script></div>"
            + "<footer>Mentions légales</footer></body></html>";

    private static List<String> texts(Article article) {
        return article.blocks().stream().map(Block::plainText).collect(Collectors.toList());
    }

    @Test
    void aFaultInTheHeuristicsGivesTheWholeTextOfThePageAsItWas() {
        Document doc = Jsoup.parse(PAGE, "https://example.org/aide");
        ArticleExtractor failing = new ArticleExtractor((body, base, title, removals) -> {
            // fail half-way, after the furniture was taken out: the page must come back whole
            removals.remove(body.selectFirst("footer"));
            removals.remove(body.selectFirst("nav"));
            removals.apply();
            throw new IllegalStateException("planted fault");
        });
        Article article = failing.extract(doc, "https://example.org/aide", "Aide");
        assertEquals(List.of("Accueil", "Où trouver de l’aide", "Appelez le 3919, gratuit et anonyme.",
                "En cas de danger, composez le 17.", "Mentions légales"), texts(article));
        assertTrue(article.links().isEmpty());
    }

    @Test
    void withoutAFaultTheArticleIsFoundAsUsual() {
        Document doc = Jsoup.parse(PAGE, "https://example.org/aide");
        Article article = new ArticleExtractor().extract(doc, "https://example.org/aide", "Aide");
        assertTrue(texts(article).contains("En cas de danger, composez le 17."), texts(article).toString());
        assertTrue(texts(article).stream().noneMatch(t -> t.contains("Mentions légales")), texts(article).toString());
    }
}
