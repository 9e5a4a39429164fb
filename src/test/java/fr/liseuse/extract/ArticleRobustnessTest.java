package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole extraction on pathological nesting: no stack overflow, and the text at the bottom is found. */
class ArticleRobustnessTest {

    private static final String PROSE = "Les horaires des déchetteries changent au printemps, et voici pourquoi,"
            + " en détail, pour chaque commune de la métropole.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<div>|</div>", "<ul><li>|</li></ul>", "<span>|</span>", "<table><tr><td>|</td></tr></table>",
        "<section><article>|</article></section>", "<div>|''"})
    void findsTheTextUnder20000LevelsOfNesting(String open, String close) {
        String html = "<html><body>" + open.repeat(20_000) + "<p>" + PROSE + "</p>" + close.repeat(20_000)
                + "</body></html>";
        String text = new Extractor().extract(html, "bench", "https://example.org/").text();
        assertTrue(text.contains(PROSE), text);
    }
}
