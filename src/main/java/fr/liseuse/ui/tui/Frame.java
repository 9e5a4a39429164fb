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

    /** A whole row in reverse video (title and status rows), shortened at a word when longer than the row. */
    void bar(int row, String text) {
        String fitted = shortened(glyphs.safe(text), width, glyphs.ellipsis());
        int used = TerminalTextUtils.getColumnWidth(fitted);
        put(0, row, fitted + " ".repeat(Math.max(0, width - used)), true);
    }

    /** A message row: TEXT shortened at a word, and marked as shortened, when longer than the row. */
    void message(int row, String text) {
        put(0, row, shortened(glyphs.safe(text), width, glyphs.ellipsis()), false);
    }

    /**
     * TEXT when it fits in WIDTH columns; else its words that fit followed by ELLIPSIS, never a word
     * cut (a first word longer than the row is the one thing cut, having nothing before it).
     */
    static String shortened(String text, int width, String ellipsis) {
        if (TerminalTextUtils.getColumnWidth(text) <= width) return text;
        int room = Math.max(0, width - TerminalTextUtils.getColumnWidth(ellipsis));
        String head = TerminalTextUtils.fitString(text, room);
        boolean cutInWord = head.length() < text.length() && !Character.isWhitespace(text.charAt(head.length()));
        if (cutInWord) {
            int space = head.length() - 1;
            while (space >= 0 && !Character.isWhitespace(head.charAt(space))) space--;
            if (space > 0) head = head.substring(0, space);
        }
        head = head.stripTrailing();
        while (!head.isEmpty() && ",;:".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return TerminalTextUtils.fitString(head + ellipsis, width);
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
