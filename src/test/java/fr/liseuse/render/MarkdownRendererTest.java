package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.model.RichText.LinkMark;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static String body(List<Block> blocks, List<Link> links, boolean showLinks) throws IOException {
        Page page = new Page("s", PageKind.ARTICLE, null, "", "fr", null, null, null, blocks, links,
                List.of(), List.of(), List.of(), null);
        StringBuilder out = new StringBuilder();
        new MarkdownRenderer(showLinks).render(page, out);
        return out.toString();
    }

    private static String paragraph(String text) throws IOException {
        return body(List.of(new Block.Paragraph(RichText.plain(text))), List.of(), true);
    }

    @Test
    void escapesInlineMarkupCharacters() throws IOException {
        assertEquals("\\*important\\* \\[1\\] \\`code\\` \\~\\~barré\\~\\~\n", paragraph("*important* [1] `code` ~~barré~~"));
    }

    @Test
    void escapesUnderscoresOnlyWhereTheyCouldMakeEmphasis() throws IOException {
        assertEquals("mot_clé et \\_mot\\_ et nom_de_fichier \\_\n", paragraph("mot_clé et _mot_ et nom_de_fichier _"));
    }

    @Test
    void keepsApostrophesAccentsAndPlainAmpersands() throws IOException {
        assertEquals("L'école d'été à Lille : Tom & Jerry, 50 % !\n",
                paragraph("L'école d'été à Lille : Tom & Jerry, 50 % !"));
    }

    @Test
    void escapesHtmlAndEntitiesSoTheyShowAsText() throws IOException {
        assertEquals("\\<script>alert(1)\\</script> \\&amp;\n", paragraph("<script>alert(1)</script> &amp;"));
    }

    @Test
    void escapesBackslashes() throws IOException {
        assertEquals("C:\\\\Documents\n", paragraph("C:\\Documents"));
    }

    @Test
    void escapesLineStartsThatWouldChangeTheBlock() throws IOException {
        assertEquals("\\# pas un titre\n", paragraph("# pas un titre"));
        assertEquals("\\> pas une citation\n", paragraph("> pas une citation"));
        assertEquals("\\- pas une liste\n", paragraph("- pas une liste"));
        assertEquals("\\+ pas une liste\n", paragraph("+ pas une liste"));
        assertEquals("2024\\. Une année riche\n", paragraph("2024. Une année riche"));
        assertEquals("1\\) premier point\n", paragraph("1) premier point"));
        assertEquals("\\---\n", paragraph("---"));
        assertEquals("code ?\n", paragraph("    code ?"));
    }

    @Test
    void leavesOrdinaryNumbersAndDashesAlone() throws IOException {
        assertEquals("17 ou 112 - en cas de danger\n", paragraph("17 ou 112 - en cas de danger"));
        assertEquals("3.5 millions\n", paragraph("3.5 millions"));
    }

    @Test
    void keepsParagraphLineBreaksAsHardBreaks() throws IOException {
        assertEquals("Mairie de Lille\\\n1 place Augustin-Laurent\n", paragraph("Mairie de Lille\n1 place Augustin-Laurent"));
    }

    @Test
    void headingLevelsStartAtTwoAndStopAtSix() throws IOException {
        String md = body(List.of(new Block.Heading(1, RichText.plain("Un")), new Block.Heading(4, RichText.plain("Quatre")),
                new Block.Heading(9, RichText.plain("Neuf #"))), List.of(), true);
        assertEquals("## Un\n\n#### Quatre\n\n###### Neuf \\#\n", md);
    }

    @Test
    void linksAreInlineWithSafeDestinations() throws IOException {
        RichText text = new RichText("Voir [le] guide.", List.of(new LinkMark(5, 15, 1)));
        List<Link> links = List.of(new Link(1, "[le] guide", "https://ex.fr/a b(1).pdf"));
        assertEquals("Voir [\\[le\\] guide](https://ex.fr/a%20b%281%29.pdf).\n",
                body(List.of(new Block.Paragraph(text)), links, true));
        assertEquals("Voir \\[le\\] guide.\n", body(List.of(new Block.Paragraph(text)), links, false));
    }

    @Test
    void tableCellsEscapePipesAndRowsArePadded() throws IOException {
        String md = body(List.of(new Block.Table(List.of(List.of("Nom", "Valeur"), List.of("a | b")))), List.of(), true);
        assertEquals("| Nom | Valeur |\n| --- | --- |\n| a \\| b | |\n", md);
    }

    @Test
    void listItemsThatLookLikeListsStayText() throws IOException {
        String md = body(List.of(new Block.ListBlock(true, List.of(RichText.plain("1. déjà numéroté"),
                RichText.plain("- tiret")))), List.of(), true);
        assertEquals("1. 1\\. déjà numéroté\n2. \\- tiret\n", md);
    }

    @Test
    void quotesPrefixEveryLine() throws IOException {
        String md = body(List.of(new Block.Quote(RichText.plain("Premier.\n\n# Second."))), List.of(), true);
        assertEquals("> Premier.\n>\n> \\# Second.\n", md);
    }

    @Test
    void imageUsesAltTextAndUrl() throws IOException {
        assertTrue(body(List.of(new Block.Image("Plan [accès]", "https://ex.fr/plan.png")), List.of(), true)
                .contains("![Plan \\[accès\\]](https://ex.fr/plan.png)"));
    }
}
