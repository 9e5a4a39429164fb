package fr.liseuse.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The site's name where pages add it to their titles: "Title | Site", "Site - Title", "Site : Title". */
final class SiteAffix {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]{1,2}\\s+");
    /** "Site : Title" or "Site: Title": a colon only counts as a separator after exactly the site's name. */
    private static final Pattern COLON = Pattern.compile("\\s*:{1,2}\\s+");
    /** A part naming the site may add a few characters to its name ("The Verge" in "The Verge Reviews"). */
    private static final int SITE_PART_SLACK = 12;
    private static final int MAX_GUESSED_SITE_WORDS = 4;
    private static final int MIN_WORDS_LEFT = 3;
    private static final int MAX_SUFFIX_SITE_WORDS = 5;

    private SiteAffix() { }

    /**
     * The title without its site part: the part naming the site when the site is known, else a short
     * last part after a separator.
     */
    static String strip(String title, String site) {
        String[] parts = SEPARATOR.split(title);
        if (site != null && !ContentText.loose(site).isEmpty()) {
            String s = ContentText.loose(site);
            if (parts.length >= 2 && namesSite(parts[parts.length - 1], s)) return cut(title, SEPARATOR, true);
            if (parts.length >= 2 && namesSite(parts[0], s)) return cut(title, SEPARATOR, false);
            String[] colon = COLON.split(title, 2);
            if (colon.length == 2 && ContentText.loose(colon[0]).equals(s) && !colon[1].isBlank()) {
                return colon[1].strip();
            }
        }
        if (parts.length < 2) return title;
        String last = parts[parts.length - 1];
        if (words(last) <= MAX_GUESSED_SITE_WORDS && words(title) - words(last) >= MIN_WORDS_LEFT) {
            return cut(title, SEPARATOR, true);
        }
        return title;
    }

    /** The site's name guessed from the last part of the page's {@code <title>}, or null. */
    static String fromPlainTitle(String plain, String title) {
        if (plain == null || title == null || plain.length() <= title.length()) return null;
        String[] parts = SEPARATOR.split(plain);
        if (parts.length < 2) return null;
        String last = parts[parts.length - 1].strip();
        return !last.isEmpty() && words(last) <= MAX_SUFFIX_SITE_WORDS
                && !ContentText.loose(title).contains(ContentText.loose(last)) ? last : null;
    }

    private static boolean namesSite(String part, String looseSite) {
        String p = ContentText.loose(part);
        return p.equals(looseSite) || p.contains(looseSite) && p.length() < looseSite.length() + SITE_PART_SLACK;
    }

    /** The title without its part after the last separator (dropLast) or before the first. */
    private static String cut(String title, Pattern separator, boolean dropLast) {
        Matcher m = separator.matcher(title);
        int start = -1;
        int end = -1;
        while (m.find()) {
            if (start < 0 || dropLast) { start = m.start(); end = m.end(); }
            if (!dropLast) break;
        }
        if (start < 0) return title;
        return (dropLast ? title.substring(0, start) : title.substring(end)).strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
