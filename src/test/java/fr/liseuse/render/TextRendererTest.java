package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.model.RichText.LinkMark;
import fr.liseuse.model.SearchResult;
import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static String render(Page page, int width, boolean links, Messages messages) throws IOException {
        StringBuilder out = new StringBuilder();
        new TextRenderer(width, links, messages).render(page, out);
        return out.toString();
    }

    private static Page page(String title, List<Block> blocks, List<Link> links) {
        return new Page("x.html", PageKind.ARTICLE, null, title, "fr", null, null, null, blocks, links,
                List.of(), List.of(), List.of(), null);
    }

    private static Page results(Integer announced, List<SearchResult> results) {
        return new Page("demo:/recherche", PageKind.SEARCH_RESULTS, null, "Recherche", "fr", null, null, null,
                List.of(), List.of(), List.of(), List.of(), results, announced);
    }

    @Test
    void noLineIsWiderThanTheWidthExceptTheListedUrls() throws IOException {
        for (int width : new int[] {20, 33, 47, 72}) {
            for (String line : render(SamplePages.article(), width, true, Messages.french()).split("\n")) {
                if (line.startsWith("[") && line.contains("https://")) continue; // URLs are never broken
                assertTrue(DisplayWidth.of(line) <= width, width + ": " + line);
            }
        }
    }

    @Test
    void endsWithExactlyOneNewlineAndHasNoTrailingSpaces() throws IOException {
        for (int width : new int[] {0, 25, 80}) {
            String text = render(SamplePages.article(), width, true, Messages.french());
            assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "width " + width);
            for (String line : text.split("\n")) assertEquals(line.stripTrailing(), line);
            assertFalse(text.contains("\n\n\n"), "never two blank lines in a row");
        }
    }

    @Test
    void neverWritesControlCharacters() throws IOException {
        String text = render(SamplePages.article(), 40, true, Messages.french());
        assertTrue(text.chars().allMatch(c -> c == '\n' || c >= 0x20 && (c < 0x7f || c > 0x9f)));
    }

    @Test
    void withoutLinksThereAreNoMarkersAndNoList() throws IOException {
        String text = render(SamplePages.article(), 0, false, Messages.french());
        assertFalse(text.contains("[1]"));
        assertFalse(text.contains("Liens"));
        assertTrue(text.contains("un guide de prévention est disponible"));
    }

    @Test
    void markerFollowsTheAnchorAndTheListGivesTheUrl() throws IOException {
        String text = render(page("T", List.of(new Block.Paragraph(
                        new RichText("Lire le guide puis appeler.", List.of(new LinkMark(8, 13, 4))))),
                List.of(new Link(4, "guide", "https://ex.fr/g"))), 0, true, Messages.english());
        assertTrue(text.contains("Lire le guide[4] puis appeler."), text);
        assertTrue(text.endsWith("Links\n-----\n[4] https://ex.fr/g\n"), text);
    }

    @Test
    void marksOfUnknownLinksOrOutsideTheTextAreIgnored() throws IOException {
        String text = render(page("T", List.of(new Block.Paragraph(new RichText("abc def",
                        List.of(new LinkMark(0, 3, 9), new LinkMark(4, 50, 1))))),
                List.of(new Link(1, "x", "https://ex.fr"))), 0, true, Messages.french());
        assertTrue(text.contains("\nabc def\n"), text);
    }

    @Test
    void headingUnderlineMatchesDisplayWidth() throws IOException {
        String text = render(page("東京の案内", List.of(new Block.Heading(2, RichText.plain("Accès"))), List.of()),
                0, true, Messages.french());
        assertEquals("東京の案内\n==========\n\nAccès\n-----\n", text);
    }

    @Test
    void imageWithoutAltTextIsStillAnnounced() throws IOException {
        String text = render(page("T", List.of(new Block.Image("", "https://ex.fr/i.png")), List.of()),
                0, true, Messages.french());
        assertTrue(text.contains("\n[Image]\n"), text);
    }

    @Test
    void announcesTheResultCountInTheUiLanguage() throws IOException {
        List<SearchResult> one = List.of(new SearchResult("Déchets", "demo:/dechets", "Collecte"));
        assertTrue(render(results(1, one), 0, true, Messages.french()).contains("\n1 résultat\n"));
        assertTrue(render(results(null, one), 0, true, Messages.english()).contains("\n1 result\n"));
        assertTrue(render(results(0, List.of()), 0, true, Messages.french()).contains("\naucun résultat\n"));
        assertTrue(render(results(1250, one), 0, true, Messages.english()).contains("\n1,250 results\n"));
    }

    @Test
    void metadataLineShowsDateAndBylineWhenKnown() throws IOException {
        Page dated = new Page("s", PageKind.ARTICLE, null, "Titre", "fr", "2024-12-01T09:30:00+01:00", null,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
        assertEquals("Titre\n=====\nPublié le 1er décembre 2024\n", render(dated, 0, true, Messages.french()));
        Page signed = new Page("s", PageKind.ARTICLE, null, "Title", "en", null, "Jeanne Martin",
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
        assertEquals("Title\n=====\nJeanne Martin\n", render(signed, 0, true, Messages.english()));
    }

    @Test
    void emptyPageIsOneNewline() throws IOException {
        assertEquals("\n", render(page("", List.of(), List.of()), 80, true, Messages.french()));
    }
}
