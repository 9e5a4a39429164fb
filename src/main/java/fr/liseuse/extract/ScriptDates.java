package fr.liseuse.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date that only a page's scripts hold: data layers and application state name it
 * ({@code "publishedDate":"2016-11-04T20:37:27Z"}, {@code "first-publication":"2019-07-30 09:35"},
 * {@code publish_date = '2020-01-13'}) where no markup gives it.
 */
final class ScriptDates {

    /** The common part of "published", "publish", "publication", whatever the case of the first letter. */
    private static final String STEM = "ubli";
    /** A name built on "publish"/"publication", then its value: an ISO date (maybe with a time), d.m.yyyy or y/m/d. */
    private static final Pattern NAMED_DATE = Pattern.compile(
            "[pP]ubli(?:shed|sh|cation)[\\w-]*[\"']?\\s*[:=]\\s*[\"']?"
            + "(\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
            + "|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}/\\d{1,2}/\\d{1,2})(?![\\d/.-])");
    /** How far after the name its value may stand. */
    private static final int NAME_AND_VALUE = 100;

    private ScriptDates() { }

    /** The first date a script names as the publication, as written; null when none. */
    static String first(String script) {
        Matcher m = null;
        for (int i = script.indexOf(STEM, 1); i >= 0; i = script.indexOf(STEM, i + 1)) {
            if (m == null) m = NAMED_DATE.matcher(script);
            m.region(i - 1, Math.min(script.length(), i - 1 + NAME_AND_VALUE));
            if (m.lookingAt()) return m.group(1);
        }
        return null;
    }
}
