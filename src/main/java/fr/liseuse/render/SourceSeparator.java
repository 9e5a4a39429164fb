package fr.liseuse.render;

import fr.liseuse.text.Addresses;

/**
 * The line that names the source before each page when text output holds several:
 * {@code ==> page.html <==}, as {@code head} and {@code tail} name each file, so a reader sees where
 * a page starts and a script can split the output there. One page alone gets none.
 */
public final class SourceSeparator {

    private SourceSeparator() { }

    /** The line for SOURCE (one clean line, no credentials), in bold when emphasis is on. */
    public static String line(String source, Emphasis emphasis) {
        return emphasis.strong("==> " + Addresses.shown(source) + " <==");
    }
}
