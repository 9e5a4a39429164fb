package fr.liseuse.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.text.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a focused link's words start once the page is wrapped: in a paragraph, a list item, a quote. */
class PageTextTest {

    private static RichText linked(String text, String anchor, int n) {
        int start = text.indexOf(anchor);
        return new RichText(text, List.of(new RichText.LinkMark(start, start + anchor.length(), n)));
    }

    private static Page page(Block... blocks) {
        return new Page("demo:/t", PageKind.ARTICLE, "demo:/t", "Titre", "fr", null, null, null, List.of(blocks),
                List.of(new Link(1, "un", "demo:/un"), new Link(2, "deux", "demo:/deux"), new Link(3, "trois", "demo:/trois")),
                List.of(), List.of(), List.of(), null);
    }

    /** What is read from the link's first word on, through the line of its marker, as one line. */
    private static String fromStart(PageText text, PageText.LinkSpot spot) {
        StringBuilder out = new StringBuilder(text.lines().get(spot.textLine()).substring(spot.textStart()));
        for (int l = spot.textLine() + 1; l <= spot.line(); l++) {
            String line = text.lines().get(l);
            out.append(' ').append(line.substring(PageText.prefixEnd(line)));
        }
        return out.toString();
    }

    @Test
    void aLinkWrappedOverLinesStartsAtItsFirstWordInParagraphsListsAndQuotes() {
        Page page = page(
                new Block.Paragraph(linked("Avant le lien, les horaires de la collecte des déchets pendant les jours fériés, après.",
                        "les horaires de la collecte des déchets pendant les jours fériés", 1)),
                new Block.ListBlock(false, List.of(linked("Un point : la déchèterie mobile passe dans votre quartier ce mois-ci.",
                        "la déchèterie mobile passe dans votre quartier", 2))),
                new Block.Quote(linked("Citation : personne ne doit rester seul face aux violences conjugales, jamais.",
                        "personne ne doit rester seul face aux violences conjugales", 3)));
        PageText text = PageText.layout(page, 24, Messages.french(), false);
        assertEquals(3, text.links().size(), text.lines().toString());
        for (PageText.LinkSpot spot : text.links()) {
            assertTrue(spot.line() > spot.textLine(), "wrapped over lines: " + text.lines());
        }
        List<String> anchors = List.of("les horaires de la collecte des déchets pendant les jours fériés[1]",
                "la déchèterie mobile passe dans votre quartier[2]",
                "personne ne doit rester seul face aux violences conjugales[3]");
        for (int i = 0; i < 3; i++) {
            String read = fromStart(text, text.links().get(i));
            assertTrue(read.startsWith(anchors.get(i)), "from the cursor on: " + read + "\n" + String.join("\n", text.lines()));
        }
    }

    @Test
    void withoutTheTitleThePageStartsWithItsFirstBlock() {
        Page page = page(new Block.Paragraph(RichText.plain("Premier paragraphe.")));
        assertEquals("Premier paragraphe.", PageText.layout(page, 40, Messages.french(), false).lines().get(0));
        assertEquals(List.of("Titre", "=====", "", "Premier paragraphe."),
                PageText.layout(page, 40, Messages.french(), true).lines().subList(0, 4));
    }
}
