package fr.liseuse.render;

import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Wrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text output being laid out line by line: one blank line at most between blocks, no
 * trailing spaces, and exactly one newline at the end; emphasis, when asked for, line by line.
 * The lines are kept (for a {@link TextLayout}, or {@link #writeTo}), or written as they come
 * ({@link #LineBuffer(boolean, Emphasis, Appendable)}): a long page is then never held twice, once
 * as blocks and once as lines. Blank lines are written only once a line follows them.
 */
final class LineBuffer {

    /** The lines laid out; null when they are written as they come. */
    private final List<String> lines;
    /** Where each heading's first line is, in order. */
    private final List<Integer> headings = new ArrayList<>();
    private final boolean rules;
    private final Emphasis emphasis;
    /** Where lines go as they come; null when they are kept. */
    private final Appendable out;
    private int count;
    private boolean lastBlank;
    private int blanksHeld;
    private boolean written;

    /**
     * @param rules    underline headings (screen-reader line mode leaves them out: they are read as noise)
     * @param emphasis how headings (bold) and metadata (faint) are marked
     */
    LineBuffer(boolean rules, Emphasis emphasis) {
        this.rules = rules;
        this.emphasis = emphasis;
        this.lines = new ArrayList<>();
        this.out = null;
    }

    /** Writes the lines to OUT as they come; {@link #end} writes what is left. */
    LineBuffer(boolean rules, Emphasis emphasis, Appendable out) {
        this.rules = rules;
        this.emphasis = emphasis;
        this.lines = null;
        this.out = out;
    }

    LineBuffer(boolean rules) {
        this(rules, Emphasis.NONE);
    }

    LineBuffer() {
        this(true);
    }

    void line(String line) {
        add(line.stripTrailing());
    }

    /** A line in bold, when emphasis is on. */
    void strong(String line) {
        add(emphasis.strong(line.stripTrailing()));
    }

    /** {@code text} wrapped at {@code width} (0: no wrapping), each line faint when emphasis is on. */
    void faint(String text, int width) {
        for (String part : parts(text, Math.max(0, width))) add(emphasis.faint(part.stripTrailing()));
    }

    /** Starts a new block: one blank line, never two and never at the top. */
    void gap() {
        if (count > 0 && !lastBlank) add("");
    }

    private void add(String line) {
        count++;
        lastBlank = line.isEmpty();
        if (out == null) {
            lines.add(line);
        } else if (lastBlank) {
            blanksHeld++;
        } else {
            try {
                for (; blanksHeld > 0; blanksHeld--) out.append('\n');
                out.append(line).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written = true;
        }
    }

    /**
     * Adds {@code text} wrapped at {@code width} (0: no wrapping), the first line after
     * {@code firstPrefix}, the others after {@code restPrefix} (a hanging indent).
     */
    void wrapped(String text, int width, String firstPrefix, String restPrefix) {
        int indent = Math.max(DisplayWidth.of(firstPrefix), DisplayWidth.of(restPrefix));
        List<String> parts = parts(text, width <= 0 ? 0 : Math.max(1, width - indent));
        for (int i = 0; i < parts.size(); i++) {
            line((i == 0 ? firstPrefix : restPrefix) + parts.get(i));
        }
    }

    private static List<String> parts(String text, int room) {
        List<String> parts = Wrapper.wrap(text, room);
        return parts.isEmpty() ? List.of("") : parts;
    }

    /** A heading: its (wrapped) text in bold, then (with rules) a line of {@code rule} as wide as its widest line. */
    void heading(String text, int width, char rule) {
        List<String> parts = Wrapper.wrap(text, width);
        if (!parts.isEmpty() && out == null) headings.add(count);
        int widest = 0;
        for (String part : parts) {
            strong(part);
            widest = Math.max(widest, DisplayWidth.of(part));
        }
        if (rules && widest > 0) line(String.valueOf(rule).repeat(widest));
    }

    /** Ends lines written as they come: the blank ones left are dropped, and an empty text is one newline. */
    void end() throws IOException {
        if (!written) out.append('\n');
    }

    /** Writes the lines kept. */
    void writeTo(Appendable out) throws IOException {
        List<String> kept = kept();
        for (String line : kept) {
            out.append(line).append('\n');
        }
        if (kept.isEmpty()) out.append('\n');
    }

    /** The lines laid out, as {@link #writeTo} writes them, and where the headings start. */
    TextLayout layout() {
        return new TextLayout(kept(), headings);
    }

    /** The lines without the blank ones at the end. */
    private List<String> kept() {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) end--;
        return lines.subList(0, end);
    }
}
