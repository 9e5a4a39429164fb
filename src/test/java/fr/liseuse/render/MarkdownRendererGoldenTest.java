package fr.liseuse.render;

import fr.liseuse.model.Page;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MarkdownRendererGoldenTest {

    private static String render(MarkdownRenderer renderer, Page page) throws IOException {
        StringBuilder out = new StringBuilder();
        renderer.render(page, out);
        return out.toString();
    }

    @Test
    void articleWithLinks() throws IOException {
        Golden.assertMatches("article.md", render(new MarkdownRenderer(true), SamplePages.article()));
    }

    @Test
    void articleWithoutLinks() throws IOException {
        Golden.assertMatches("article-nolinks.md", render(new MarkdownRenderer(false), SamplePages.article()));
    }

    @Test
    void searchResultsPage() throws IOException {
        Golden.assertMatches("results.md", render(new MarkdownRenderer(true), SamplePages.searchResults()));
    }
}
