package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a page in line mode: from a line, from heading to heading, from a find's match, by screens. */
class ReadingTest {

    private final StringWriter shown = new StringWriter();

    /**
     * Title (line 1), then three parts: heading "Partie N" followed by paragraphs "Partie N, paragraphe M."
     * one blank line apart; the first heading is line 3.
     */
    private static Page threeParts(int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int part = 1; part <= 3; part++) {
            blocks.add(new Block.Heading(2, RichText.plain("Partie " + part)));
            for (int p = 1; p <= paragraphs; p++) {
                blocks.add(new Block.Paragraph(RichText.plain("Partie " + part + ", paragraphe " + p
                        + ". Les conseillers numériques vous accompagnent gratuitement dans vos démarches en ligne.")));
            }
        }
        return new Page("guide.html", PageKind.ARTICLE, null, "Guide", "fr", null, null, null, blocks, List.of(),
                List.of(), List.of(), List.of(), null);
    }

    private Reading reading(Page page, int width) {
        Reading reading = new Reading(Messages.french(), new LineOutput(new PrintWriter(shown), () -> width));
        reading.show(page);
        return reading;
    }

    /** What was shown since the last call, one entry per row. */
    private List<String> said() {
        List<String> rows = shown.toString().lines().toList();
        shown.getBuffer().setLength(0);
        return rows;
    }

    @Test
    void readNStartsAtLineN() {
        Reading reading = reading(threeParts(2), 0);
        reading.from(3);
        List<String> rows = said();
        assertEquals("Partie 1", rows.get(0));
        assertTrue(rows.get(2).startsWith("Partie 1, paragraphe 1."), rows.toString());
        reading.from(4);
        assertTrue(said().get(0).startsWith("Partie 1, paragraphe 1."), "a blank line N reads from the next text");
    }

    @Test
    void readNOutsideThePageSaysHowManyLinesItHas() {
        Reading reading = reading(threeParts(2), 0);
        reading.from(999);
        assertEquals(List.of("La page a 19 lignes : tapez « lire » suivi d'un numéro de 1 à 19."), said());
        reading.from(0);
        assertEquals(1, said().size());
    }

    @Test
    void aScreenHoldsAboutTwentyRowsOfTheTerminalAndEnterGoesOn() {
        Reading reading = reading(threeParts(6), 40);
        reading.fromStart();
        List<String> first = said();
        assertEquals("Entrée pour la suite.", first.get(first.size() - 1));
        assertTrue(first.size() - 1 <= 20 && first.size() - 1 >= 17, first.size() + " rows: " + first);
        assertTrue(first.stream().allMatch(r -> DisplayWidth.of(r) <= 40), first.toString());
        reading.more();
        List<String> second = said();
        assertTrue(!second.get(0).isEmpty() && !first.contains(second.get(0)), "the next screen goes on where the first stopped: " + second);
    }

    @Test
    void headingsAreReachedInOrderForwardAndBack() {
        Reading reading = reading(threeParts(2), 0);
        reading.nextHeading();
        reading.nextHeading();
        reading.nextHeading();
        assertEquals(List.of("Guide", "Partie 1", "Partie 2"), said());
        reading.previousHeading();
        reading.previousHeading();
        assertEquals(List.of("Partie 1", "Guide"), said());
        reading.previousHeading();
        assertEquals(List.of("Pas de titre plus haut dans la page."), said());
    }

    @Test
    void enterAfterAHeadingReadsWhatFollowsIt() {
        Reading reading = reading(threeParts(2), 0);
        reading.nextHeading();
        reading.nextHeading();
        said();
        reading.more();
        assertTrue(said().get(0).startsWith("Partie 1, paragraphe 1."));
    }

    @Test
    void theNextHeadingAfterAScreenIsTheFirstNotReadAndThePreviousOneIsThatOfThePartRead() {
        Reading reading = reading(threeParts(4), 0);
        reading.from(3); // Partie 1 and its paragraphs, then Partie 2 and some of its paragraphs: 20 lines
        List<String> screen = said();
        assertTrue(screen.contains("Partie 2") && !screen.contains("Partie 3"), screen.toString());
        reading.previousHeading();
        assertEquals(List.of("Partie 2"), said());
        reading.nextHeading();
        assertEquals(List.of("Partie 3"), said());
        reading.nextHeading();
        assertEquals(List.of("Pas d'autre titre plus bas dans la page."), said());
    }

    @Test
    void enterAfterAFindReadsFromTheFirstMatch() {
        Reading reading = reading(threeParts(2), 0);
        reading.find("partie 2, PARAGRAPHE");
        assertEquals(List.of("2 résultats pour « partie 2, PARAGRAPHE ».",
                "Ligne 11 : Partie 2, paragraphe 1. Les conseillers numériques vous accompagnent gratuitement dans vos démarches en ligne.",
                "Ligne 13 : Partie 2, paragraphe 2. Les conseillers numériques vous accompagnent gratuitement dans vos démarches en ligne.",
                "Entrée lit à partir de la ligne 11 ; « lire N » à partir de la ligne N."), said());
        reading.more();
        assertTrue(said().get(0).startsWith("Partie 2, paragraphe 1."));
    }
}
