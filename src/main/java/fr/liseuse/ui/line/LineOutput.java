package fr.liseuse.ui.line;

import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Wrapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where line mode's lines go: each one wrapped at the terminal's width between words, never inside a
 * word or a phone number, so that a screen reader reading row by row never speaks half a word; rows
 * after the first keep the line's indent and list marker as a hanging indent. Nothing is wrapped when
 * the width is 0 (output to a file or a pipe). The width is measured again by {@link #measure()},
 * so that a terminal resized between two commands is followed.
 */
final class LineOutput {

    /** The indent a line's continuation rows take: its leading blanks and a list marker after them. */
    private static final Pattern HANGING = Pattern.compile("^( *)(- |\\d{1,4}\\. )?");

    private final PrintWriter out;
    private final IntSupplier terminalWidth;
    private int width;

    /** @param terminalWidth the terminal's columns now, 0 when the output is not a terminal */
    LineOutput(PrintWriter out, IntSupplier terminalWidth) {
        this.out = out;
        this.terminalWidth = terminalWidth;
        measure();
    }

    /** Takes the terminal's width again (it may have been resized since the last command). */
    void measure() {
        width = Math.max(0, terminalWidth.getAsInt());
    }

    /** Whether the lines go to a terminal (as last measured), not to a file or a pipe. */
    boolean terminal() {
        return width > 0;
    }

    void say(String line) {
        for (String row : rows(line)) out.println(row);
        out.flush();
    }

    /** The terminal rows LINE takes once wrapped: one line without a width, or an empty line. */
    List<String> rows(String line) {
        if (width == 0 || DisplayWidth.of(line) <= width) return List.of(line);
        Matcher hanging = HANGING.matcher(line);
        hanging.find();
        String first = line.substring(0, hanging.end());
        String indent = " ".repeat(DisplayWidth.of(first));
        // a line indented nearly as wide as the terminal is wrapped without its indent
        if (width - indent.length() < width / 2) first = indent = "";
        List<String> parts = Wrapper.wrapWholeWords(line.substring(first.length()), width - indent.length());
        List<String> rows = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) rows.add((i == 0 ? first : indent) + parts.get(i));
        return rows;
    }
}
