package fr.liseuse.model;

/**
 * Where a reader was in a page: the first line on screen out of the page's lines at the width it was
 * laid out at, and the link focused there (0: none). A page laid out again at another width (another
 * window) scales LINE to its new number of lines.
 */
public record Place(int line, int lines, int link) {

    public static final Place TOP = new Place(0, 0, 0);

    public Place {
        if (line < 0 || lines < 0 || link < 0) throw new IllegalArgumentException("negative place");
    }

    /** The first line to show out of NOW lines, the page being laid out again. */
    public int lineOutOf(int now) {
        if (lines == 0 || now == lines) return line;
        return (int) Math.round((double) line * now / lines);
    }
}
