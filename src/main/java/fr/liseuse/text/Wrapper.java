package fr.liseuse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines no wider than a number of terminal columns. Counts display width
 * (see {@link DisplayWidth}), breaks only between words unless one word alone is wider than the
 * line, keeps the paragraph's own line breaks, and never leaves spaces at the end of a line.
 */
public final class Wrapper {

    private Wrapper() { }

    /**
     * @param width columns per line; 0 or less means no wrapping (only the paragraph's own line
     *              breaks, with trailing spaces removed)
     * @return the lines, without line terminators; empty for a null or empty paragraph
     */
    public static List<String> wrap(String paragraph, int width) {
        return wrap(paragraph, width, true);
    }

    /**
     * The same, except that a word wider than the line is never cut: it stands alone on its line
     * (the terminal folds it, but nothing cuts it, so an address stays one piece to copy), for
     * output that a screen reader reads row by row, where a cut word is read as two fragments.
     */
    public static List<String> wrapWholeWords(String paragraph, int width) {
        return wrap(paragraph, width, false);
    }

    private static List<String> wrap(String paragraph, int width, boolean cutLongWords) {
        List<String> lines = new ArrayList<>();
        if (paragraph == null || paragraph.isEmpty()) return lines;
        for (String hardLine : paragraph.split("\n", -1)) {
            if (width <= 0) {
                lines.add(hardLine.stripTrailing());
            } else {
                wrapLine(hardLine, width, cutLongWords, lines);
            }
        }
        return lines;
    }

    private static void wrapLine(String line, int width, boolean cutLongWords, List<String> lines) {
        StringBuilder current = new StringBuilder();
        int currentWidth = 0;
        for (String word : words(line, width)) {
            int wordWidth = DisplayWidth.of(word);
            if (currentWidth > 0 && currentWidth + 1 + wordWidth <= width) {
                current.append(' ').append(word);
                currentWidth += 1 + wordWidth;
                continue;
            }
            if (currentWidth > 0 || current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
                currentWidth = 0;
            }
            if (wordWidth <= width || !cutLongWords) {
                current.append(word);
                currentWidth = wordWidth;
            } else {
                List<String> pieces = split(word, width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                String last = pieces.get(pieces.size() - 1);
                current.append(last);
                currentWidth = DisplayWidth.of(last);
            }
        }
        lines.add(current.toString());
    }

    /**
     * Words separated by breaking whitespace. Some spaces never break: no-break spaces, spaces between
     * digit groups (a phone number such as 03 53 01 20 30, or 10 000, stays on one line), and French
     * spaces before {@code : ; ! ? »} and after {@code «} (unless the group is wider than a line).
     */
    private static List<String> words(String line, int width) {
        List<String> joined = new ArrayList<>();
        for (String word : spaceSeparated(line)) {
            int last = joined.size() - 1;
            if (last >= 0 && keepsTogether(joined.get(last), word)
                    && DisplayWidth.of(joined.get(last)) + 1 + DisplayWidth.of(word) <= width) {
                joined.set(last, joined.get(last) + " " + word);
            } else {
                joined.add(word);
            }
        }
        return joined;
    }

    private static boolean keepsTogether(String before, String after) {
        char end = before.charAt(before.length() - 1);
        char start = after.charAt(0);
        if (Character.isDigit(end) && Character.isDigit(start)) return true;
        if (end == '«') return true;
        return ":;!?»".indexOf(start) >= 0 && after.length() <= 2;
    }

    private static List<String> spaceSeparated(String line) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (space && start >= 0) {
                words.add(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) words.add(line.substring(start));
        return words;
    }

    /** Cuts a word wider than the line into pieces of at most {@code width} columns. */
    private static List<String> split(String word, int width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int cpWidth = DisplayWidth.of(cp);
            // a zero-width mark stays with the character it sits on
            if (cpWidth > 0 && pieceWidth > 0 && pieceWidth + cpWidth > width) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.appendCodePoint(cp);
            pieceWidth += cpWidth;
            i += Character.charCount(cp);
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
