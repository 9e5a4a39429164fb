package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.text.DisplayWidth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lines wrapped at the terminal's width for a screen reader that reads row by row. */
class LineOutputTest {

    private static final String PARAGRAPH = "Appelez la ligne Lisière Numérique au 03 20 21 22 23, du lundi au samedi, "
            + "ou France Victimes au 116 006 ; les conseillers numériques tiennent des permanences "
            + "intergénérationnelles dans les mairies.";

    private final StringWriter shown = new StringWriter();

    private LineOutput output(int width) {
        return new LineOutput(new PrintWriter(shown), () -> width);
    }

    @Test
    void rowsBreakBetweenWordsAndNeverPassTheWidth() {
        for (int width = 22; width <= 80; width++) { // the longest word has 21 letters
            List<String> rows = output(width).rows(PARAGRAPH);
            assertEquals(PARAGRAPH, String.join(" ", rows), "only spaces are replaced by row ends, at " + width);
            for (String row : rows) {
                assertTrue(DisplayWidth.of(row) <= width, width + ": " + row);
                assertTrue(!row.startsWith(" ") && !row.endsWith(" "), width + ": '" + row + "'");
            }
        }
    }

    @Test
    void aPhoneNumberStaysOnOneRow() {
        for (int width = 20; width <= 80; width++) {
            String rows = String.join("\n", output(width).rows(PARAGRAPH));
            assertTrue(rows.contains("03 20 21 22 23"), width + ":\n" + rows);
            assertTrue(rows.contains("116 006"), width + ":\n" + rows);
        }
    }

    @Test
    void aWordWiderThanTheTerminalStandsWholeOnItsRow() {
        String address = "https://www.metropole-lisiere.example/solidarite/violences-conjugales/trouver-de-l-aide";
        List<String> rows = output(40).rows("Tout est sur " + address + " et à la mairie.");
        assertEquals(List.of("Tout est sur", address, "et à la mairie."), rows);
    }

    @Test
    void continuationRowsHangUnderTheTextOfAListItemOrAnIndentedLine() {
        assertEquals(List.of("- Premiers pas : allumer,", "  écrire, naviguer sur", "  internet."),
                output(26).rows("- Premiers pas : allumer, écrire, naviguer sur internet."));
        assertEquals(List.of("  12. Violences", "      conjugales : trouver", "      de l'aide"),
                output(26).rows("  12. Violences conjugales : trouver de l'aide"), "a colon never starts a row");
        assertEquals(List.of("  Horaires : 24 h/24, 7", "  j/7. Gratuit."),
                output(24).rows("  Horaires : 24 h/24, 7 j/7. Gratuit."));
    }

    @Test
    void withoutATerminalLinesAreWrittenWhole() {
        output(0).say(PARAGRAPH);
        assertEquals(PARAGRAPH + System.lineSeparator(), shown.toString());
    }

    @Test
    void aResizeIsFollowedFromTheNextMeasure() {
        AtomicInteger columns = new AtomicInteger(80);
        LineOutput out = new LineOutput(new PrintWriter(shown), columns::get);
        List<String> wide = out.rows(PARAGRAPH);
        columns.set(40);
        assertEquals(wide, out.rows(PARAGRAPH), "the width of the command being answered");
        out.measure();
        assertTrue(out.rows(PARAGRAPH).size() > wide.size());
        out.say(PARAGRAPH);
        assertTrue(Pattern.compile("(?m)^.{41,}$").matcher(shown.toString()).results().findAny().isEmpty(), shown.toString());
    }
}
