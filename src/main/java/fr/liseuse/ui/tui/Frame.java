package fr.liseuse.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.graphics.TextGraphics;

/** Draws text on the screen: every string through {@link Glyphs#safe}, clipped at the right edge. */
final class Frame {

    private final TextGraphics graphics;
    private final Glyphs glyphs;
    private final int width;

    Frame(TextGraphics graphics, Glyphs glyphs, int width) {
        this.graphics = graphics;
        this.glyphs = glyphs;
        this.width = width;
    }

    void text(int column, int row, String text) {
        put(column, row, text, false);
    }

    /** Reverse video: a second cue next to a text marker, never the only one. */
    void reversed(int column, int row, String text) {
        put(column, row, text, true);
    }

    /** A whole row in reverse video (title and status rows). */
    void bar(int row, String text) {
        String fitted = TerminalTextUtils.fitString(glyphs.safe(text), width);
        int used = TerminalTextUtils.getColumnWidth(fitted);
        put(0, row, fitted + " ".repeat(Math.max(0, width - used)), true);
    }

    private void put(int column, int row, String text, boolean reverse) {
        if (column >= width) return;
        String fitted = TerminalTextUtils.fitString(glyphs.safe(text), width - column);
        if (reverse) {
            graphics.putString(column, row, fitted, SGR.REVERSE);
        } else {
            graphics.putString(column, row, fitted);
        }
    }
}
