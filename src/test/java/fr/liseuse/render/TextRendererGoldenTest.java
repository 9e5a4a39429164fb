package fr.liseuse.render;

import fr.liseuse.text.Messages;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextRendererGoldenTest {

    private static String render(TextRenderer renderer, fr.liseuse.model.Page page) throws IOException {
        StringBuilder out = new StringBuilder();
        renderer.render(page, out);
        return out.toString();
    }

    @Test
    void articleInFrenchAtSixtyColumns() throws IOException {
        Golden.assertMatches("article-60.fr.txt",
                render(new TextRenderer(60, true, Messages.french()), SamplePages.article()));
    }

    @Test
    void articleInEnglishWithoutWrappingOrLinks() throws IOException {
        Golden.assertMatches("article-nolinks.en.txt",
                render(new TextRenderer(0, false, Messages.english()), SamplePages.article()));
    }

    @Test
    void articleAtThirtyColumnsFallsBackToOneLinePerTableRow() throws IOException {
        Golden.assertMatches("article-30.fr.txt",
                render(new TextRenderer(30, true, Messages.french()), SamplePages.article()));
    }

    @Test
    void searchResultsPage() throws IOException {
        Golden.assertMatches("results-60.fr.txt",
                render(new TextRenderer(60, true, Messages.french()), SamplePages.searchResults()));
    }
}
