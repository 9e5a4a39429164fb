package fr.liseuse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.RichText;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    private final PdfDocuments reader = new PdfDocuments();

    private static String text(PdfContent pdf) {
        StringBuilder all = new StringBuilder();
        for (Block b : pdf.blocks()) all.append(b.plainText()).append("\n\n");
        return all.toString();
    }

    private static <T extends Block> List<T> blocksOf(PdfContent pdf, Class<T> type) {
        return pdf.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aLeafletWithoutDocumentTitleIsTitledByItsLargestTextAndKeepsItsLanguageAndDate() {
        PdfContent pdf = reader.read(PdfSamples.frenchLeaflet());
        assertEquals("Violences conjugales : où trouver de l’aide", pdf.title());
        assertEquals("fr", pdf.lang());
        assertEquals("2025-03-04", pdf.published());
        assertFalse(text(pdf).contains("Violences conjugales : où"), "the title is a field, not text: " + text(pdf));
    }

    @Test
    void runningHeadersAndPageNumbersAreLeftOut() {
        String text = text(reader.read(PdfSamples.frenchLeaflet()));
        assertFalse(text.contains("Guide pratique"), text);
        assertFalse(text.contains("Page 1"), text);
        assertFalse(text.contains("/ 2"), text);
        String english = text(reader.read(PdfSamples.englishLeaflet()));
        assertFalse(english.contains("Residents' guide"), english);
        assertFalse(english.lines().anyMatch(l -> l.strip().matches("\\d")), english);
    }

    @Test
    void headingsComeFromLargerBoldTextAndListsFromTheirMarkers() {
        PdfContent pdf = reader.read(PdfSamples.frenchLeaflet());
        List<String> headings = blocksOf(pdf, Block.Heading.class).stream().map(Block::plainText).toList();
        assertEquals(List.of("Numéros utiles", "Horaires de l’accueil"), headings);
        Block.ListBlock list = blocksOf(pdf, Block.ListBlock.class).get(0);
        assertFalse(list.ordered());
        assertEquals(List.of("Violences Femmes Info : 3919, gratuit, jour et nuit", "Police secours : 17",
                "Accueil de jour de Lisière : 03 20 49 50 60"), list.items().stream().map(RichText::text).toList());
        Block.ListBlock numbered = blocksOf(reader.read(PdfSamples.englishLeaflet()), Block.ListBlock.class).get(0);
        assertTrue(numbered.ordered());
        assertEquals("The national helpline for women: 3919", numbered.items().get(1).text());
    }

    @Test
    void wordsCutAtALineEndAreJoinedAndHyphenatedWordsKeepTheirHyphen() {
        String text = text(reader.read(PdfSamples.frenchLeaflet()));
        assertTrue(text.contains("vous accompagnent gratuitement"), text);
        assertTrue(text.contains("Vous êtes peut-être inquiète"), "peut-être is written so elsewhere: " + text);
        assertTrue(text.contains("Peut-être ne savez-vous pas"), "a hyphen inside a line stays: " + text);
    }

    @Test
    void aParagraphRunningOverAPageBreakIsOneParagraph() {
        PdfContent pdf = reader.read(PdfSamples.frenchLeaflet());
        assertTrue(blocksOf(pdf, Block.Paragraph.class).stream().anyMatch(p -> p.plainText().endsWith(
                "pour connaître les permanences et les démarches à suivre, même sans rendez-vous.")), text(pdf));
    }

    @Test
    void cellsThatLineUpInColumnsAreATable() {
        Block.Table table = blocksOf(reader.read(PdfSamples.frenchLeaflet()), Block.Table.class).get(0);
        assertEquals(List.of(List.of("Lundi", "9 h – 17 h"), List.of("Mardi", "9 h – 12 h"), List.of("Mercredi", "fermé")),
                table.rows());
    }

    @Test
    void linksComeFromLinkAnnotationsAndFromAddressesWrittenInTheText() {
        PdfContent french = reader.read(PdfSamples.frenchLeaflet());
        assertEquals(List.of(new Link(1, "arretonslesviolences.gouv.fr", "https://arretonslesviolences.gouv.fr/")),
                french.links());
        Block.Paragraph last = (Block.Paragraph) french.blocks().get(french.blocks().size() - 1);
        RichText.LinkMark mark = last.content().marks().get(0);
        assertEquals("arretonslesviolences.gouv.fr", last.content().text().substring(mark.start(), mark.end()));
        PdfContent english = reader.read(PdfSamples.englishLeaflet());
        assertEquals(List.of(new Link(1, "https://www.service-public.fr/particuliers",
                "https://www.service-public.fr/particuliers")), english.links());
    }

    @Test
    void aDocumentTitleIsUsedAndTheSameHeadingIsNotRepeated() {
        PdfContent pdf = reader.read(PdfSamples.englishLeaflet());
        assertEquals("Getting help: a guide for residents", pdf.title());
        assertInstanceOf(Block.Paragraph.class, pdf.blocks().get(0));
        assertEquals("en", pdf.lang(), "no language in the catalogue: guessed from the text");
        assertNull(pdf.published());
        assertEquals(List.of("Who to call", "After the call"),
                blocksOf(pdf, Block.Heading.class).stream().map(Block::plainText).toList());
    }

    @Test
    void twoColumnsAreReadOneAfterTheOther() {
        PdfContent pdf = reader.read(PdfSamples.twoColumns());
        assertEquals("La collecte des déchets en 2025", pdf.title());
        List<String> paragraphs = blocksOf(pdf, Block.Paragraph.class).stream().map(Block::plainText).toList();
        assertEquals(4, paragraphs.size(), text(pdf));
        assertTrue(paragraphs.get(0).startsWith("Les bacs jaunes") && paragraphs.get(0).endsWith("passage du camion."),
                paragraphs.get(0));
        assertTrue(paragraphs.get(1).startsWith("Les encombrants"), paragraphs.get(1));
        assertTrue(paragraphs.get(2).startsWith("La déchèterie de Lisière") && paragraphs.get(2).endsWith("jours fériés."),
                paragraphs.get(2));
        assertTrue(paragraphs.get(3).contains("03 20 11 22 33"), paragraphs.get(3));
    }

    @Test
    void aFormIsReadWithTheValuesBesideTheirLabels() {
        PdfContent pdf = reader.read(PdfSamples.form());
        Block.Table fields = blocksOf(pdf, Block.Table.class).get(0);
        assertEquals(List.of(List.of("Nom :", "Dupont"), List.of("Commune :", "Lisière")), fields.rows());
        assertTrue(text(pdf).contains("Renvoyez ce formulaire à la mairie avant le 31 mars."), text(pdf));
    }

    @Test
    void aPdfWithAnOwnerPasswordOnlyIsRead() {
        PdfContent pdf = reader.read(PdfSamples.withOwnerPasswordOnly());
        assertTrue(text(pdf).contains("Police secours : 17"), text(pdf));
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() {
        assertEquals("pdf.password", assertThrows(PdfRejected.class, () -> reader.read(PdfSamples.withUserPassword())).key());
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() {
        assertEquals("pdf.damaged", assertThrows(PdfRejected.class, () -> reader.read(PdfSamples.truncated(0.6))).key());
        assertEquals("pdf.damaged", assertThrows(PdfRejected.class, () -> reader.read("%PDF-1.7\n".getBytes())).key());
    }

    @Test
    void aScannedPdfWithoutTextSaysSo() {
        assertEquals("pdf.noText", assertThrows(PdfRejected.class, () -> reader.read(PdfSamples.scanned())).key());
    }

    @Test
    void aDocumentOverThePageCapIsRefusedWithItsPageCount() {
        PdfRejected e = assertThrows(PdfRejected.class, () -> new PdfDocuments(3).read(PdfSamples.pages(4)));
        assertEquals("pdf.tooManyPages", e.key());
        assertEquals(List.of("4", "3"), List.of(e.args()));
        assertEquals(3, blocksOf(new PdfDocuments(3).read(PdfSamples.pages(3)), Block.Paragraph.class).size());
    }
}
