package fr.liseuse.text;

/**
 * The rule for user names and passwords in addresses ({@code https://user:secret@host/}): liseuse
 * never keeps, sends, prints nor stores them. Every address that enters (a SOURCE, a redirect, a
 * link of a page) and every address or SOURCE that is echoed goes through here.
 */
public final class Addresses {

    private Addresses() { }

    /**
     * ADDRESS without its user information: {@code https://user:secret@host/page} gives
     * {@code https://host/page}; anything that does not start with {@code scheme://} is returned as
     * it is (a file name stays a file name). The authority ends at the first {@code /}, {@code ?},
     * {@code #} or {@code \}, as in browsers, so {@code https://site/@name} keeps its path; a space
     * typed in a password does not end it.
     */
    public static String withoutCredentials(String address) {
        if (address == null) return null;
        int from = address.indexOf("://");
        if (from < 0 || !isScheme(address, from)) return address;
        return without(address, from + 3, authorityEnd(address, from + 3, false));
    }

    /**
     * Free TEXT (a trace, a message) with the user information of every {@code ://…@} it quotes
     * removed; there a space also ends an address.
     */
    public static String withoutCredentialsInText(String text) {
        if (text == null) return null;
        String t = text;
        int from = t.indexOf("://");
        while (from >= 0) {
            int start = from + 3;
            int end = authorityEnd(t, start, true);
            t = without(t, start, end);
            from = t.indexOf("://", start);
        }
        return t;
    }

    /** A SOURCE or address made fit to echo: one clean line, without user name or password. */
    public static String shown(String source) {
        return source == null ? null : withoutCredentials(Sanitizer.inline(source));
    }

    /** S without what comes before the last {@code @} of the authority from START to END. */
    private static String without(String s, int start, int end) {
        int at = s.lastIndexOf('@', end - 1);
        return at >= start ? s.substring(0, start) + s.substring(at + 1) : s;
    }

    private static boolean isScheme(String s, int end) {
        if (end == 0 || !isAsciiLetter(s.charAt(0))) return false;
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int authorityEnd(String text, int start, boolean spaceEnds) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\' || c == '\n' || (spaceEnds && Character.isWhitespace(c))) break;
            i++;
        }
        return i;
    }
}
