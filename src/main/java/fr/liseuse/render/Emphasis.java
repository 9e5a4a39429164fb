package fr.liseuse.render;

/**
 * How text output marks headings and the lines around the article: not at all (pipes, files,
 * {@code --color never}, NO_COLOR), or with the terminal's bold and faint. The only escape sequences
 * text output ever holds are these, written here around text that is already clean.
 */
public enum Emphasis {
    NONE,
    ANSI;

    private static final String BOLD = "\u001b[1m";
    private static final String FAINT = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    /** Headings and the title. */
    String strong(String line) {
        return styled(BOLD, line);
    }

    /** Metadata: date, byline. */
    String faint(String line) {
        return styled(FAINT, line);
    }

    private String styled(String style, String line) {
        return this == NONE || line.isEmpty() ? line : style + line + RESET;
    }
}
