package fr.liseuse.source;

import fr.liseuse.text.Sanitizer;

/** Untrusted strings (sources, URLs, header values) made fit for a one-line error message. */
final class Excerpt {

    static final int MAX = 160;

    private Excerpt() { }

    static String of(String s) {
        return of(s, MAX);
    }

    static String of(String s, int max) {
        String t = Sanitizer.inline(s);
        if (t.length() <= max) return t;
        int end = max - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) end--;
        return t.substring(0, end) + "…";
    }

    /** "10" for 10 MiB, "0.5" for half a MiB: the cap as users set it. */
    static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        if (mib == Math.rint(mib)) return Long.toString((long) mib);
        return String.format(java.util.Locale.ROOT, "%.2f", mib).replaceAll("0+$", "");
    }
}
