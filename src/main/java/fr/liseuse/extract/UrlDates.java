package fr.liseuse.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The publication day many sites write in their addresses: /2024/03/12/, -20240312, /2024-03-12-, /12-03-2024. */
final class UrlDates {

    private static final Pattern SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern JOINED = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d])");
    private static final Pattern DASHED = Pattern.compile("[/_]((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d])");
    /** A path segment that is a day written the other way round: /29-10-2021, /10-29-2021/. */
    private static final Pattern DAY_LAST_YEAR = Pattern.compile("/(\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?:/|$)");
    private static final Pattern[] YEAR_FIRST = {SLASHED, DASHED, JOINED};

    private UrlDates() { }

    /**
     * The day written in the address's path, or null.
     * @param dayFirst whether 03-04-2024 is 3 April for the page's readers (not on English pages)
     */
    static LocalDate of(String url, boolean dayFirst) {
        if (url == null) return null;
        String path = path(url);
        for (Pattern p : YEAR_FIRST) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                LocalDate day = DateText.day(m.group(1), m.group(2), m.group(3));
                if (day != null) return day;
            }
        }
        Matcher m = DAY_LAST_YEAR.matcher(path);
        while (m.find()) {
            LocalDate day = DateText.twoNumbers(m.group(1), m.group(2), m.group(3), dayFirst);
            if (day != null) return day;
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
