package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One date and metadata in the page's words: a page's own date line that repeats the metadata is left
 * out of text and Markdown, and the metadata line speaks the page's language when it is French or English.
 */
class OneDateTest {

    private static final LocalDate FOURTH_OF_MARCH = LocalDate.of(2025, 3, 4);

    @Test
    void dateLinesThatRepeatTheDayAreRecognisedInTheirUsualForms() {
        for (String line : List.of("Publié le 4 mars 2025", "Mis à jour le 04/03/2025", "Publié le 4 mars 2025 à 10 h 15",
                "Published March 4th, 2025", "Published on 4 March 2025", "2025-03-04", "Le 4 MARS 2025",
                "Article publié le mardi 4 mars 2025")) {
            assertTrue(DateLine.repeats(line, FOURTH_OF_MARCH), line);
        }
    }

    @Test
    void daysAreWrittenAsEachLanguageWritesThem() {
        assertEquals("1er octobre 2025", ReadableDate.of(LocalDate.of(2025, 10, 1), Messages.french()));
        assertEquals("4 août 2025", ReadableDate.of(LocalDate.of(2025, 8, 4), Messages.french()));
        assertEquals("October 1, 2025", ReadableDate.of(LocalDate.of(2025, 10, 1), Messages.english()));
        assertEquals("December 31, 1999", ReadableDate.of(LocalDate.of(1999, 12, 31), Messages.english()));
    }

    @Test
    void otherDaysAndParagraphsThatSayMoreAreKept() {
        for (String line : List.of("Publié le 5 mars 2025", "Publié le 4 avril 2025", "Le 4 mars 2025, la métropole a voté"
                + " un budget de solidarité pour les associations d'aide aux victimes de violences conjugales.",
                "Réunion du 4 mars 2025 : ordre du jour, comptes rendus et votes", "mars 2025", "")) {
            assertFalse(DateLine.repeats(line, FOURTH_OF_MARCH), line);
        }
    }

    @Test
    void theTextOutputShowsTheDateOnceUnderTheTitle() throws IOException {
        String text = text(withOwnDateLine("Publié le 4 mars 2025"), Messages.french());
        assertEquals(1, count(text, "4 mars 2025"), text);
        assertTrue(text.contains("Publié le 4 mars 2025 par Direction de la communication\n"), text);
    }

    @Test
    void aDateLineForAnotherDayStays() throws IOException {
        String text = text(withOwnDateLine("Mis à jour le 6 mars 2025"), Messages.french());
        assertTrue(text.contains("Mis à jour le 6 mars 2025"), text);
    }

    @Test
    void theMarkdownOutputShowsTheDateOnceToo() throws IOException {
        StringBuilder md = new StringBuilder();
        new MarkdownRenderer(true, Messages.french()).render(withOwnDateLine("Publié le 4 mars 2025"), md);
        assertEquals(1, count(md.toString(), "4 mars 2025"), md.toString());
    }

    @Test
    void aFrenchPageKeepsFrenchMetadataUnderTheEnglishInterface() throws IOException {
        String text = text(SamplePages.article(), Messages.english());
        assertTrue(text.contains("\nPublié le 4 mars 2025 par Direction de la communication\n"), text);
        assertTrue(text.contains("\nLinks\n"), "the interface's own words stay English:\n" + text);
        StringBuilder md = new StringBuilder();
        new MarkdownRenderer(true, Messages.english()).render(SamplePages.article(), md);
        assertTrue(md.toString().contains("*Publié le 4 mars 2025 par Direction de la communication*"), md.toString());
    }

    @Test
    void anEnglishPageGetsEnglishMetadataUnderTheFrenchInterface() throws IOException {
        String text = text(inLanguage(SamplePages.article(), "en-GB"), Messages.french());
        assertTrue(text.contains("\nPublished March 4, 2025 by Direction de la communication\n"), text);
    }

    @Test
    void otherLanguagesFallBackToTheInterfaceLanguage() throws IOException {
        assertTrue(text(inLanguage(SamplePages.article(), "de"), Messages.english()).contains("\nPublished March 4, 2025 by"));
        assertTrue(text(inLanguage(SamplePages.article(), null), Messages.french()).contains("\nPublié le 4 mars 2025 par"));
    }

    private static String text(Page page, Messages messages) throws IOException {
        StringBuilder out = new StringBuilder();
        new TextRenderer(0, true, messages).render(page, out);
        return out.toString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static Page withOwnDateLine(String line) {
        Page p = SamplePages.article();
        List<Block> blocks = new ArrayList<>(p.blocks());
        blocks.add(0, new Block.Paragraph(RichText.plain(line)));
        return new Page(p.source(), PageKind.ARTICLE, p.url(), p.title(), p.lang(), p.published(), p.byline(), p.site(),
                blocks, p.links(), p.contacts(), p.menu(), p.results(), p.resultCount());
    }

    private static Page inLanguage(Page p, String lang) {
        return new Page(p.source(), p.kind(), p.url(), p.title(), lang, p.published(), p.byline(), p.site(),
                p.blocks(), p.links(), p.contacts(), p.menu(), p.results(), p.resultCount());
    }
}
