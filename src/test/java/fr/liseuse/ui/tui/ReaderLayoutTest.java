package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.KeyTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a page sits on the screen: its measure, one title and one date, the status row at any width, messages that fit. */
class ReaderLayoutTest {

    private static final String VIOLENCES = "demo:/solidarite/violences-conjugales";

    private static int widestBodyRow(Harness h) {
        List<String> rows = h.rows();
        return rows.subList(1, rows.size() - 2).stream().mapToInt(String::length).max().orElse(0);
    }

    @Test
    void onAWideWindowTheTextKeepsToEightyColumnsOnTheLeft() {
        Harness h = Harness.measured(200, 50, 0, Messages.french(), VIOLENCES);
        int widest = widestBodyRow(h);
        assertTrue(widest > 70 && widest <= 2 + 80, "about 80 columns of text, not 195: " + widest + "\n" + h.text());
        assertTrue(h.row(3).startsWith("  Vous subissez"), "left-aligned by the margin: " + h.row(3));
    }

    @Test
    void theMeasureCanBeChosen() {
        Harness h = Harness.measured(200, 50, 50, Messages.french(), VIOLENCES);
        assertTrue(widestBodyRow(h) <= 2 + 50 && widestBodyRow(h) > 40, h.text());
        Harness whole = Harness.measured(200, 50, Integer.MAX_VALUE, Messages.french(), VIOLENCES);
        assertTrue(widestBodyRow(whole) > 150, "--width 0: the whole window\n" + whole.text());
    }

    @Test
    void aNarrowWindowStillWrapsAtItsWidth() {
        Harness h = Harness.measured(50, 24, 0, Messages.french(), VIOLENCES);
        for (String row : h.rows()) assertTrue(row.length() <= 50, row);
    }

    @Test
    void theTitleAndTheDateAreShownOnce() {
        Harness h = Harness.measured(100, 40, 0, Messages.english(), VIOLENCES);
        String screen = String.join("\n", h.rows().subList(0, 38));   // the message row announces the page by its title
        assertEquals("Violences conjugales : où trouver de l’aide", h.row(0).strip());
        assertEquals(1, count(screen, "Violences conjugales : où trouver de l’aide"), screen);
        assertEquals(1, count(screen, "20 février 2026"), screen);
        assertEquals("  Publié le 20 février 2026", h.row(1), "a French page's date in French, whatever the UI language");
    }

    @Test
    void aTitleTooLongForTheTitleRowIsShownInFullAtTheTop() {
        Harness h = Harness.measured(30, 24, 0, Messages.french(), VIOLENCES);
        assertTrue(h.row(0).strip().endsWith("…") && !h.row(0).contains("l’aide"), "the row shortened at a word: " + h.row(0));
        assertTrue(h.text().contains("l’aide\n  ====="), "the title in full above the text:\n" + h.text());
    }

    @Test
    void theStatusRowKeepsEmergencyAndQuickExitAtFortyColumns() {
        Harness h = Harness.measured(40, 20, 0, Messages.french(), VIOLENCES);
        assertEquals("F2 urgences  F1 aide  Ctrl-X sortie", h.row(19));
        Harness en = Harness.measured(40, 20, 0, Messages.english(), VIOLENCES);
        assertEquals("F2 emergency  F1 help  Ctrl-X quick exit", en.row(19));
    }

    @Test
    void theStatusRowGivesUpQuitThenTheLongWordThenHelpNeverCuttingAWord() {
        KeyTable keys = KeyTable.defaults();
        Messages fr = Messages.french();
        assertEquals("F2 urgences  F1 aide  Ctrl-X sortie rapide  q quitter", StatusRow.of(keys, fr, 80));
        assertEquals("F2 urgences  F1 aide  Ctrl-X sortie rapide", StatusRow.of(keys, fr, 52));
        assertEquals("F2 urgences  F1 aide  Ctrl-X sortie", StatusRow.of(keys, fr, 41));
        assertEquals("F2 urgences  Ctrl-X sortie rapide", StatusRow.of(keys, fr, 34));
        assertEquals("F2 urgences  Ctrl-X sortie", StatusRow.of(keys, fr, 26));
        List<String> words = List.of("F2", "urgences", "F1", "aide", "Ctrl-X", "sortie", "rapide", "q", "quitter");
        for (int width = 26; width <= 80; width++) {
            String row = StatusRow.of(keys, fr, width);
            assertTrue(row.length() <= width && row.contains("F2 urgences") && row.contains("Ctrl-X sortie"), width + ": " + row);
            for (String word : row.split(" +")) assertTrue(words.contains(word), width + ": a cut word in " + row);
        }
    }

    @Test
    void aLongMessageIsShortenedAtAWord() {
        assertEquals("Lien 3 : Nouveaux tarifs…", Frame.shortened("Lien 3 : Nouveaux tarifs solidaires", 27, "…"));
        assertEquals("Lien 3 : Nouveaux…", Frame.shortened("Lien 3 : Nouveaux tarifs solidaires", 24, "…"));
        assertEquals("Lien 3 : Nouveaux tarifs solidaires", Frame.shortened("Lien 3 : Nouveaux tarifs solidaires", 35, "…"));
        assertEquals("Lien 3...", Frame.shortened("Lien 3 : Nouveaux tarifs solidaires", 12, "..."), "no dangling colon");
        Harness h = Harness.measured(40, 24, 0, Messages.french(), "demo:/");
        h.keys(key(KeyType.Tab));
        String message = h.row(22);
        assertTrue(message.endsWith("…") && "Lien 1 : Jours fériés : ce qui change pour la collecte des déchets"
                .startsWith(message.substring(0, message.length() - 1).strip()), message);
    }

    @Test
    void theCursorStartsTheFocusedLinksWordsEvenWhenTheyWrap() {
        Harness h = Harness.measured(40, 24, 0, Messages.french(), "demo:/");
        h.keys(key(KeyType.Tab));
        assertTrue(h.atCursor().startsWith("Jours fériés"), h.atCursor() + "\n" + h.text());
        int markerRow = -1;
        for (int r = 0; r < 22; r++) if (h.row(r).contains("déchets[1]")) markerRow = r;
        assertTrue(markerRow > h.cursor().getRow(), "the link's words run over lines down to the marker:\n" + h.text());
        assertTrue(h.row(h.cursor().getRow()).startsWith(">"), "its first line carries the text marker");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
