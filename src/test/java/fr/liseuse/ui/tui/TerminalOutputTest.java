package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What reaches the terminal: no NUL bytes, no box-drawing in plain mode, one cell per character. */
class TerminalOutputTest {

    private static final String GLYPHS_PAGE = Path.of("src/test/resources/ui/glyphs.html").toString();

    /** An ANSI terminal on byte streams, as the real one writes (no tty needed). */
    private static final class BytesTerminal extends ANSITerminal {
        BytesTerminal(OutputStream out) {
            super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
        }
    }

    private static byte[] written(OutputStream sink, ByteArrayOutputStream bytes) throws IOException {
        BytesTerminal terminal = new BytesTerminal(sink);
        terminal.putString("é à");
        terminal.flush();
        return bytes.toByteArray();
    }

    @Test
    void accentedTextReachesTheTerminalWithoutNulBytes() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        boolean lanternaAddsNul = new String(written(raw, raw), StandardCharsets.ISO_8859_1).indexOf('\0') >= 0;
        ByteArrayOutputStream filtered = new ByteArrayOutputStream();
        byte[] out = written(new NulFilterOutputStream(filtered), filtered);
        assertArrayEquals("é à".getBytes(StandardCharsets.UTF_8), out);
        assertTrue(lanternaAddsNul, "the filter is still needed: Lanterna writes NUL after two-byte characters");
    }

    @Test
    void filterKeepsEveryOtherByteInOrder() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = new NulFilterOutputStream(sink)) {
            out.write(new byte[] {0, 'a', 0, 0, 'b', 'c', 0}, 0, 7);
            out.write(0);
            out.write('d');
        }
        assertEquals("abcd", sink.toString(StandardCharsets.US_ASCII));
    }

    private static boolean decorative(String text) {
        return text.chars().anyMatch(c -> c >= 0x2500 && c <= 0x259F || c == '›' || c == '…' || c == '→');
    }

    @Test
    void plainModeDrawsNoBoxDrawingOrDecorativeGlyphs() {
        Harness menu = Harness.start(80, 24, true, false, "demo:/", true);
        assertEquals("> Au quotidien >", menu.row(1));
        menu.keys(key(KeyType.Enter));
        assertEquals("Menu du site > Au quotidien", menu.row(0).strip());
        assertFalse(decorative(menu.text()), menu.text());

        Harness page = Harness.start(100, 30, true, false, GLYPHS_PAGE, false);
        assertTrue(page.text().contains("+------+"), page.text());
        assertTrue(page.text().contains("| lundi |"), page.text());
        assertTrue(page.text().contains("###"), page.text());
        assertFalse(decorative(page.text()), page.text());
        page.keys(key(KeyType.F2));
        assertFalse(decorative(page.text()), page.text());

        Harness loading = Harness.start(80, 24, true, true, "demo:/", false);
        assertEquals("Chargement... (Échap pour annuler)", loading.row(22));
    }

    @Test
    void emojiTakeOneCellAndDoNotShiftTheRestOfTheLine() {
        Harness h = Harness.start(100, 30, false, false, GLYPHS_PAGE, false);
        String row = h.rows().stream().filter(r -> r.contains("Un émoji")).findFirst().orElseThrow();
        assertTrue(row.contains("Un émoji \uFFFD au milieu de la phrase"), row);
        assertFalse(h.text().chars().anyMatch(c -> Character.isSurrogate((char) c)), h.text());
    }
}
