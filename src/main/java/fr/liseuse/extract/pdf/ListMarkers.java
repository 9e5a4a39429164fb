package fr.liseuse.extract.pdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The marks that start list items: bullets, dashes, numbers and letters followed by "." or ")". */
final class ListMarkers {

    /** Bullets and dashes, and the private-use characters symbol fonts draw bullets with. */
    private static final Pattern BULLET = Pattern.compile("[•◦▪▫■□●○·‣⁃∙➢➤►▶✓✔–—\\-*\\uF000-\\uF0FF]");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2}|[a-z])[.)]");
    private static final Pattern ITEM = Pattern.compile("^(" + BULLET.pattern() + "|" + NUMBER.pattern() + ")\\s*(\\S.*)$",
            Pattern.DOTALL);

    private ListMarkers() { }

    /** The item of a list written on this line: its text without the marker, and whether it is numbered. */
    record Item(String text, boolean ordered) { }

    static boolean isMarker(String word) {
        return BULLET.matcher(word).matches() || NUMBER.matcher(word).matches();
    }

    static Optional<Item> item(String line) {
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) return Optional.empty();
        String marker = m.group(1);
        boolean ordered = NUMBER.matcher(marker).matches();
        // "-" glued to a word is a hyphen or a minus, not a bullet; "a)" needs a space after it
        if (!ordered && !line.startsWith(marker + " ") && marker.matches("[-–—*]")) return Optional.empty();
        if (ordered && !line.startsWith(marker + " ")) return Optional.empty();
        return Optional.of(new Item(m.group(m.groupCount()), ordered));
    }
}
