package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.ManualClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/**
 * The progress line of work on many sources, as the bytes written to a terminal's standard error:
 * when it shows, what it says, how it is erased, on a clock the test moves.
 */
class BatchProgressTest {

    private static final String ERASE = "\r\033[K";

    private final StringWriter terminal = new StringWriter();
    private final StatusLine line = new StatusLine(terminal);
    private final ManualClock clock = new ManualClock();

    private BatchProgress progress(Messages messages, int width) {
        return new BatchProgress(line, messages, () -> width, clock, false);
    }

    @Test
    void aSingleQuickSourceShowsNothingAtAll() {
        BatchProgress progress = progress(Messages.french(), 80);
        progress.at(BatchProgress.Kind.READ, 1, 1, "demo:/");
        clock.at(900);
        progress.tick();
        progress.close();
        assertEquals("", terminal.toString());
    }

    @Test
    void aSlowFirstSourceShowsAfterASecondAndIsErasedAtTheEnd() {
        BatchProgress progress = progress(Messages.french(), 80);
        progress.at(BatchProgress.Kind.READ, 1, 1, "https://exemple.fr/page");
        clock.at(1_000);
        progress.tick();
        assertEquals(ERASE + "Lecture 1/1 : https://exemple.fr/page", terminal.toString());
        progress.close();
        assertTrue(terminal.toString().endsWith("page" + ERASE), "erased at the end: " + terminal);
    }

    @Test
    void fromTheSecondSourceOnItShowsAtOnceWithTheRateInTheUiLanguage() {
        BatchProgress progress = progress(Messages.french(), 80);
        progress.at(BatchProgress.Kind.READ, 1, 50, "demo:/");
        clock.at(500);
        progress.at(BatchProgress.Kind.READ, 2, 50, "demo:/sortir");
        assertEquals(ERASE + "Lecture 2/50, 2,0 pages/s : demo:/sortir", terminal.toString());

        StringWriter english = new StringWriter();
        BatchProgress en = new BatchProgress(new StatusLine(english), Messages.english(), () -> 80, clock, false);
        en.at(BatchProgress.Kind.SAVE, 1, 3, "demo:/");
        clock.at(2_500);
        en.at(BatchProgress.Kind.SAVE, 3, 3, "demo:/x");
        assertEquals(ERASE + "Saving 3/3, 1.0 pages/s: demo:/x", english.toString());
    }

    @Test
    void fastWorkIsDrawnAtMostTenTimesASecond() {
        BatchProgress progress = progress(Messages.french(), 80);
        for (int i = 1; i <= 100; i++) {
            clock.at(i * 10L);   // a hundred pages a second
            progress.at(BatchProgress.Kind.READ, i, 100, "p" + i);
        }
        String shown = terminal.toString();
        assertEquals(10, shown.split(java.util.regex.Pattern.quote(ERASE), -1).length - 1, shown);
        assertTrue(shown.startsWith(ERASE + "Lecture 2/100"), shown);

        StringWriter stdout = new StringWriter();
        PrintWriter out = new PrintWriter(line.erasingFirst(stdout), true);
        out.println("Titre");
        terminal.getBuffer().setLength(0);
        clock.at(1_010);
        progress.at(BatchProgress.Kind.READ, 100, 100, "p100");
        assertTrue(terminal.toString().startsWith(ERASE + "Lecture 100/100"), "a line other output erased comes back at once: " + terminal);
    }

    @Test
    void anIndexRebuildShowsOnlyAfterASecondAndKeepsTheSaveRate() {
        BatchProgress progress = progress(Messages.english(), 80);
        progress.at(BatchProgress.Kind.SAVE, 1, 30, "demo:/a");
        clock.at(1_000);
        progress.at(BatchProgress.Kind.INDEX, 2, 40, "demo:/b");
        terminal.getBuffer().setLength(0);
        progress.tick();
        assertEquals("", terminal.toString(), "a quick rebuild is not shown");
        clock.at(2_000);
        progress.tick();
        assertEquals(ERASE + "Library index 2/40, 1.0 pages/s: demo:/b", terminal.toString());
        progress.end();
        terminal.getBuffer().setLength(0);
        clock.at(4_000);
        progress.at(BatchProgress.Kind.SAVE, 9, 30, "demo:/c");
        assertEquals(ERASE + "Saving 9/30, 2.0 pages/s: demo:/c", terminal.toString(), "the save's rate since it started");
    }

    @Test
    void theSourceIsCleanedAndShortenedToTheWidth() {
        BatchProgress progress = progress(Messages.french(), 40);
        progress.at(BatchProgress.Kind.READ, 1, 2, "demo:/");
        progress.at(BatchProgress.Kind.READ, 2, 2, "https://moi:secret@exemple.fr/\033]0;titre\007\033[2J/un/tres/long/chemin/de/page");
        String shown = terminal.toString();
        assertTrue(shown.startsWith(ERASE + "Lecture 2/2 : https://exemple.fr/"), shown);
        String text = shown.substring(ERASE.length());
        assertFalse(text.contains("\033") || text.contains("\007") || text.contains("secret"), text);
        assertTrue(text.endsWith("…"), text);
        assertEquals(39, DisplayWidth.of(text), "one column short of the width: " + text);
    }

    @Test
    void anythingElseWrittenErasesTheLineFirstAndHalfALineIsNeverInterrupted() throws IOException {
        StringWriter stdout = new StringWriter();
        PrintWriter err = new PrintWriter(line.erasingFirst(terminal), true);
        Writer out = line.erasingFirst(stdout);
        BatchProgress progress = progress(Messages.french(), 80);
        progress.at(BatchProgress.Kind.READ, 1, 3, "a");
        progress.at(BatchProgress.Kind.READ, 2, 3, "b");
        err.println("liseuse: b : introuvable");
        assertTrue(terminal.toString().endsWith(": b" + ERASE + "liseuse: b : introuvable\n"), terminal.toString());

        out.write("Titre de la page");       // a page being printed, not yet flushed
        terminal.getBuffer().setLength(0);
        clock.at(200);
        progress.at(BatchProgress.Kind.READ, 3, 3, "c");
        assertEquals("", terminal.toString(), "never drawn in the middle of a page");
        out.write("\n");
        out.flush();
        clock.at(400);
        progress.tick();
        assertTrue(terminal.toString().startsWith(ERASE + "Lecture 3/3"), terminal.toString());
        assertEquals("Titre de la page\n", stdout.toString(), "standard output gets nothing but its own text");
    }
}
