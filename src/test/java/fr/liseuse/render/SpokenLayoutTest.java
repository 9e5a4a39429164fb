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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text laid out for line mode: tables read as "header: value" pairs, headings found by line. */
class SpokenLayoutTest {

    private static TextLayout spoken(Page page, Messages messages) {
        return new TextRenderer(0, true, messages, true).layout(page);
    }

    private static Page withBlocks(Block... blocks) {
        return new Page("x.html", PageKind.ARTICLE, null, "Horaires", "fr", null, null, null, List.of(blocks),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void shortRowsAreOneLineEachOfHeaderValuePairsWithoutColumnBars() {
        Page page = withBlocks(new Block.Table(List.of(
                List.of("Service", "Numéro", "Horaires"),
                List.of("Police secours", "17", "24 h/24"),
                List.of("Écoute", "3919", "24 h/24"))));
        List<String> lines = spoken(page, Messages.french()).lines();
        assertEquals(List.of("Service : Police secours ; Numéro : 17 ; Horaires : 24 h/24",
                "Service : Écoute ; Numéro : 3919 ; Horaires : 24 h/24"), lines.subList(lines.size() - 2, lines.size()),
                "neither padded columns with bars nor the header row read as a row of its own");
        assertEquals("Service: Police secours; Numéro: 17; Horaires: 24 h/24",
                spoken(page, Messages.english()).lines().get(lines.size() - 2));
    }

    @Test
    void whenOneRowIsTooLongForALineEveryRowIsReadCellByCell() {
        List<String> lines = spoken(SamplePages.article(), Messages.french()).lines();
        int first = lines.indexOf("Service : Police secours");
        assertEquals(List.of("Service : Police secours", "  Numéro : 17", "  Horaires : 24 h/24",
                "Service : Violences Femmes Info", "  Numéro : 3919", "  Horaires : 24 h/24"),
                lines.subList(first, first + 6), lines.toString());
    }

    @Test
    void emptyCellsAreLeftOut() {
        Page page = withBlocks(new Block.Table(List.of(
                List.of("Commune", "Ordures ménagères", "Verre"),
                List.of("Hautbois", "", "3e mardi du mois"))));
        List<String> lines = spoken(page, Messages.french()).lines();
        assertEquals("Commune : Hautbois ; Verre : 3e mardi du mois", lines.get(lines.size() - 1));
    }

    @Test
    void aTableOfOneRowIsReadAsItsCells() {
        List<String> lines = spoken(withBlocks(new Block.Table(List.of(List.of("Lundi", "9 h - 12 h")))),
                Messages.french()).lines();
        assertTrue(lines.contains("Lundi ; 9 h - 12 h"), lines.toString());
    }

    @Test
    void headingsAreTheLinesOfTheTitleTheHeadingsAndTheLinksList() {
        TextLayout layout = spoken(SamplePages.article(), Messages.french());
        List<String> headings = layout.headings().stream().map(layout.lines()::get).toList();
        assertEquals(List.of("Violences conjugales : la MEL se mobilise", "Qui contacter ?", "Les étapes", "Liens"), headings);
        assertFalse(layout.lines().stream().anyMatch(l -> l.matches("[=-]+")), "no rule under a heading");
    }

    @Test
    void printedTextIsUnchanged() throws IOException {
        StringBuilder printed = new StringBuilder();
        new TextRenderer(0, true, Messages.french()).render(SamplePages.article(), printed);
        assertTrue(printed.toString().contains("Police secours        | 17     | 24 h/24"), printed.toString());
    }
}
