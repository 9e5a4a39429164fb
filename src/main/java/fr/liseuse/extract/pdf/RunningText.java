package fr.liseuse.extract.pdf;

import fr.liseuse.text.PhoneNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Running headers, footers and page numbers: lines in a page's top or bottom margin that come back
 * on most pages (numbers aside: "Page 2 / 5" and "Page 3 / 5" are the same footer), and lines there
 * that are only a page number. They are left out of the text, except the first time for a running line
 * that gives a phone number ("Violences Femmes Info : 3919" at the foot of every page is a contact).
 */
final class RunningText {

    /** Share of the page's height, from the top and from the bottom, where running text stands. */
    private static final double MARGIN = 0.12;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)[-–—\\s]*(?:page|p\\.)?\\s*(\\d{1,4})\\s*(?:(?:/|sur|of|de)\\s*\\d{1,4})?[-–—\\s]*");

    private RunningText() { }

    /** The rows of each page without its running text; {@code pages} and {@code heights} match. */
    static List<List<Row>> removed(List<List<Row>> pages, List<Double> heights) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<String> seen = new HashSet<>();
            for (Row row : pages.get(p)) {
                if (inMargin(row, heights.get(p))) seen.add(key(row));
            }
            for (String key : seen) pagesWith.merge(key, 1, Integer::sum);
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<List<Row>> out = new ArrayList<>();
        Set<String> contactsKept = new HashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Row> kept = new ArrayList<>();
            for (Row row : pages.get(p)) {
                boolean margin = inMargin(row, heights.get(p));
                if (margin && pageNumber(row, pages.size())) continue;
                boolean repeated = margin && pagesWith.getOrDefault(key(row), 0) >= needed;
                if (!repeated || (!PhoneNumbers.find(row.text()).isEmpty() && contactsKept.add(key(row)))) kept.add(row);
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * A line that is only a page's number, alone or as "Page 2 / 5"; a number higher than the page
     * count is not one (a "3919" alone at the foot of a leaflet is the number to call).
     */
    private static boolean pageNumber(Row row, int pageCount) {
        Matcher m = PAGE_NUMBER.matcher(row.text());
        return m.matches() && Integer.parseInt(m.group(1)) <= pageCount;
    }

    private static boolean inMargin(Row row, double height) {
        return row.baseline() < height * MARGIN || row.baseline() > height * (1 - MARGIN);
    }

    private static String key(Row row) {
        return row.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
