package fr.liseuse.source;

import fr.liseuse.text.Addresses;

/**
 * Untrusted strings (sources, URLs, header values) made fit for a one-line error message: clean,
 * short, and without the user name or password of an address.
 */
public final class Excerpt {

    static final int MAX = 160;

    private Excerpt() { }

    public static String of(String s) {
        return of(s, MAX);
    }

    public static String of(String s, int max) {
        String t = s == null ? "" : Addresses.shown(s);
        if (t.length() <= max) return t;
        int end = max - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) end--;
        return t.substring(0, end) + "…";
    }

}
