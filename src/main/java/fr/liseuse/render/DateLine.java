package fr.liseuse.render;

import fr.liseuse.text.Messages;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a short paragraph is a page's own date line for a given day: "Publié le 4 mars 2025",
 * "Mis à jour le 04/03/2025", "Published March 4th, 2025", "2025-03-04". A paragraph that says more
 * than a date and a few words is never one.
 */
final class DateLine {

    /** Longer than this, a paragraph says more than when it was published. */
    private static final int MAX_LENGTH = 80;
    /** Words other than the date itself: "Publié le", "Mis à jour le", "Article published on", "à 10 h 15". */
    private static final int MAX_OTHER_WORDS = 6;

    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final List<String> FRENCH_MONTHS = months(Messages.french());

    private DateLine() { }

    static boolean repeats(String paragraph, LocalDate day) {
        if (paragraph == null || paragraph.isBlank() || paragraph.length() > MAX_LENGTH) return false;
        String text = fold(paragraph);
        for (Pattern pattern : List.of(ISO, NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (day.equals(date(pattern, m)) && fewWordsBesides(text, m)) return true;
            }
        }
        return false;
    }

    private static LocalDate date(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO) return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            if (pattern == NUMERIC) return LocalDate.of(number(m.group(3)), number(m.group(2)), number(m.group(1)));
            if (pattern == DAY_MONTH_YEAR) return LocalDate.of(number(m.group(3)), month(m.group(2)), number(m.group(1)));
            return LocalDate.of(number(m.group(3)), month(m.group(1)), number(m.group(2)));
        } catch (java.time.DateTimeException | IllegalArgumentException notADate) {
            return null;
        }
    }

    private static boolean fewWordsBesides(String text, Matcher m) {
        String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
        return rest.isEmpty() || rest.split("[\\s:,]+").length <= MAX_OTHER_WORDS;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    /**
     * 1 to 12 for a French or English month name, full or cut short ("févr", "Sept"); French first.
     * The English names are read only for a word that names no French month: a second bundle to
     * parse, which most pages never need.
     */
    private static int month(String word) {
        String w = fold(word);
        int month = month(w, FRENCH_MONTHS);
        if (month == 0) month = month(w, EnglishMonths.NAMES);
        if (month == 0) throw new IllegalArgumentException("not a month: " + word);
        return month;
    }

    /** 1 to 12 for the folded word W in NAMES, or 0. */
    private static int month(String w, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.equals(w) || (w.length() >= 3 && name.startsWith(w))) return i + 1;
        }
        return 0;
    }

    /** The month names a bundle writes dates with, folded. */
    private static List<String> months(Messages messages) {
        List<String> names = new ArrayList<>();
        for (String name : messages.get("render.date.months").split(",")) names.add(fold(name));
        return names;
    }

    /** Read at the first word that is no French month name. */
    private static final class EnglishMonths {
        static final List<String> NAMES = months(Messages.english());
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
