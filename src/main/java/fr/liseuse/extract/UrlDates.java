package fr.liseuse.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The publication day many sites write in their addresses: /2024/03/12/, -20240312, /2024-03-12-. */
final class UrlDates {

    private static final Pattern SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern JOINED = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d])");
    private static final Pattern DASHED = Pattern.compile("[/_]((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d])");

    private UrlDates() { }

    /** The day written in the address's path, or null. */
    static LocalDate of(String url) {
        if (url == null) return null;
        String path = path(url);
        for (Pattern p : new Pattern[] {SLASHED, DASHED, JOINED}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (RuntimeException notADay) {
                    // digits that are no day: look further
                }
            }
        }
        return null;
    }

    private static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) return "";
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c, start);
            if (i >= 0 && i < end) end = i;
        }
        return url.substring(start, end);
    }
}
