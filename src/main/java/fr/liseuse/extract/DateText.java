package fr.liseuse.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them: machine values of attributes and meta tags (ISO-8601, RFC 1123)
 * and dates written for people in French, English, German and the other languages of the month table
 * ("1er mars 2024", "March 12, 2024", "12. März 2024", "15 de abril de 2020", "12/03/2024",
 * "2024年3月12日"). Results are ISO-8601 strings; a written offset is kept as written,
 * never moved to UTC, so the day stays the one the page's readers see.
 */
final class DateText {

    /** Length of {@code 2025-03-04}: anything longer may hold a time. */
    private static final int DATE_ONLY = 10;
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    /** "Sat, 19 Oct 2019 00:04:00 +0200": the day name and comma of RFC 1123. */
    private static final Pattern RFC_1123 = Pattern.compile("^\\p{L}{3},\\s+\\d{1,2}\\s+\\p{L}{3}\\s+\\d{4}\\s.*");
    /**
     * "12 mars 2024", "1er mars 2024", "12. März 2024", "28. Jan. 2022", "4th of July 2024",
     * "15 de abril de 2020". Spaces may be no-break or thin ones, as typography puts them.
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?\\.?[\\s\\h]+(?:(?:of|de|del)[\\s\\h]+)?(\\p{L}{3,12})\\.?,?"
            + "[\\s\\h]+(?:(?:de|del)[\\s\\h]+)?(\\d{4})(?!\\d)");
    /** "March 12, 2024", "Apr 7, 2009", "December 29th 2019". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,12})\\.?[\\s\\h]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s\\h]+(\\d{4})(?!\\d)");
    /** "12.03.2024", "12/03/2024", "12-03-2024", "18. 05. 2014" (also with thin spaces). */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])[\\s\\h]?(\\d{1,2})\\2[\\s\\h]?(\\d{4})(?!\\d)");
    /** Chinese, Japanese and Korean dates: "2024年3月12日", "2024년 3월 12일". */
    private static final Pattern YEAR_MONTH_DAY_SIGNS = Pattern.compile(
            "(?<!\\d)(\\d{4})[\\s\\h]?[年년][\\s\\h]?(\\d{1,2})[\\s\\h]?[月월][\\s\\h]?(\\d{1,2})[\\s\\h]?[日일]");
    /**
     * A time written loosely by hand-made templates: one-digit hours, minutes or seconds
     * ({@code 2020-12-05T23:15:0Z}), an offset without its colon.
     */
    private static final Pattern LOOSE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    /** "31.10.23": a date line written with a two-digit year. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final Map<String, Integer> MONTHS = months();

    private DateText() { }

    /**
     * The ISO-8601 form of a machine date (attribute, meta tag, JSON-LD), with its time and offset
     * when written; else the first date written in it. Null when none. Slashed numbers read month
     * first as machines write them ({@code 11/01/2023 12:43:42} is 1 November), dashed ones day first.
     */
    static String machine(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        if (s.length() > DATE_ONLY) {
            String full = dateTime(s);
            if (full != null) return full;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            LocalDate day = day(iso.group(1), iso.group(2), iso.group(3));
            if (day != null) return day.toString();
        }
        LocalDate written = written(s, false, true);
        return written == null ? null : written.toString();
    }

    private static String dateTime(String s) {
        if (!Character.isDigit(s.charAt(0))) {
            return RFC_1123.matcher(s).matches() ? rfc1123(s) : null;
        }
        if (s.indexOf(':') < 0) return null;
        String t = s.replace(' ', 'T');
        Matcher loose = LOOSE_TIME.matcher(s);
        if (loose.matches()) t = padded(loose);
        try {
            return OffsetDateTime.parse(OFFSET_WITHOUT_COLON.matcher(t).replaceFirst("$1:$2"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException notWithOffset) {
            try {
                return LocalDateTime.parse(t).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (RuntimeException notLocal) {
                return null;
            }
        }
    }

    /** The loosely written time in ISO-8601's two-digit fields. */
    private static String padded(Matcher m) {
        StringBuilder out = new StringBuilder(m.group(1)).append('T')
                .append(twoDigits(m.group(2))).append(':').append(twoDigits(m.group(3)));
        if (m.group(4) != null) out.append(':').append(twoDigits(m.group(4)));
        if (m.group(5) != null) out.append(m.group(5));
        if (m.group(6) != null) out.append(m.group(6));
        return out.toString();
    }

    private static String twoDigits(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    private static String rfc1123(String s) {
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The first date written in a text for people, or null. Numbers with slashes or dashes are read
     * day first unless {@code dayFirst} is false (English pages, where 03/12/2024 is March 12);
     * a number above 12 settles the order either way.
     */
    static LocalDate written(String text, boolean dayFirst) {
        return written(text, dayFirst, dayFirst);
    }

    private static LocalDate written(String text, boolean slashDayFirst, boolean dashDayFirst) {
        if (text == null || !hasYear(text)) return null;
        String s = text.toLowerCase(Locale.ROOT);
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find() && m.start() < bestStart) {
            LocalDate d = named(m.group(3), m.group(2), m.group(1));
            if (d != null) { best = d; bestStart = m.start(); break; }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (m.find() && m.start() < bestStart) {
            LocalDate d = named(m.group(3), m.group(1), m.group(2));
            if (d != null) { best = d; bestStart = m.start(); break; }
        }
        m = NUMERIC.matcher(s);
        while (m.find() && m.start() < bestStart) {
            LocalDate d = numeric(m, m.group(2).equals("/") ? slashDayFirst : dashDayFirst);
            if (d != null) { best = d; bestStart = m.start(); break; }
        }
        m = YEAR_MONTH_DAY_SIGNS.matcher(s);
        while (m.find() && m.start() < bestStart) {
            LocalDate d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) { best = d; bestStart = m.start(); break; }
        }
        m = ISO.matcher(s);
        if (m.find() && m.start() < bestStart) {
            LocalDate d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) best = d;
        }
        return best;
    }

    /**
     * The day of a date line written with a two-digit year and dots ("31.10.23"), the year taken
     * in the century that does not put it after {@code today}; null when none. Only for text marked
     * as a date: elsewhere such numbers may be versions or scores.
     */
    static LocalDate shortYear(String text, Today today) {
        Matcher m = SHORT_YEAR.matcher(text);
        while (m.find()) {
            int year = 2000 + Integer.parseInt(m.group(3));
            if (today.isFuture(LocalDate.of(year, 1, 1), 0)) year -= 100;
            LocalDate day = day(String.valueOf(year), m.group(2), m.group(1));
            if (day != null) return day;
        }
        return null;
    }

    /** Whether the text holds four digits in a row: a cheap test before the patterns. */
    static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static LocalDate numeric(Matcher m, boolean dayFirst) {
        if (m.group(2).equals(".")) return day(m.group(4), m.group(3), m.group(1));
        return twoNumbers(m.group(1), m.group(3), m.group(4), dayFirst);
    }

    /**
     * The day of two numbers before a year, day first when {@code dayFirst} unless only the other
     * order makes a day (a number above 12 settles it either way); null when none does.
     */
    static LocalDate twoNumbers(String first, String second, String year, boolean dayFirst) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        boolean dayIsFirst = dayFirst ? b <= 12 || a > 12 : a > 12 && b <= 12;
        return dayIsFirst ? day(year, second, first) : day(year, first, second);
    }

    private static LocalDate named(String year, String monthName, String dayOfMonth) {
        Integer month = MONTHS.get(monthName);
        return month == null ? null : day(year, String.valueOf(month), dayOfMonth);
    }

    /** The day of these numbers, or null when they make none. */
    static LocalDate day(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        // French, English, German, then Spanish, Portuguese, Italian, Dutch and Russian (genitive,
        // as dates write it): the languages of the pages measured, full names and usual abbreviations.
        String[][] names = {
            {"janvier", "janv", "january", "jan", "januar", "jänner", "jän",
                "enero", "ene", "janeiro", "gennaio", "gen", "januari", "января"},
            {"février", "fevrier", "févr", "fevr", "fév", "fev", "february", "feb", "februar",
                "febrero", "fevereiro", "febbraio", "februari", "февраля"},
            {"mars", "march", "mar", "märz", "maerz", "mär", "mrz", "marzo", "março", "marco", "maart", "mrt", "марта"},
            {"avril", "avr", "april", "apr", "abril", "abr", "aprile", "апреля"},
            {"mai", "may", "mayo", "maio", "maggio", "mag", "mei", "мая"},
            {"juin", "june", "jun", "juni", "junio", "junho", "giugno", "giu", "июня"},
            {"juillet", "juil", "july", "jul", "juli", "julio", "julho", "luglio", "lug", "июля"},
            {"août", "aout", "august", "aug", "agosto", "ago", "augustus", "августа"},
            {"septembre", "september", "sept", "sep", "septiembre", "setiembre", "setembro", "settembre", "set",
                "сентября"},
            {"octobre", "october", "oct", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott", "октября"},
            {"novembre", "november", "nov", "noviembre", "novembro", "ноября"},
            {"décembre", "decembre", "déc", "december", "dec", "dezember", "dez", "diciembre", "dic", "dezembro",
                "dicembre", "декабря"},
        };
        // Romanian, Polish (genitive) and Turkish; Arabic as Egypt and the Gulf write months, then
        // the Levant's names of one word (its October to January take two and are left out).
        String[][] more = {
            {"ianuarie", "ian", "stycznia", "ocak", "يناير"},
            {"februarie", "lutego", "şubat", "subat", "فبراير", "شباط"},
            {"martie", "marca", "mart", "مارس", "آذار"},
            {"aprilie", "kwietnia", "nisan", "أبريل", "ابريل", "إبريل", "نيسان"},
            {"maja", "mayıs", "mayis", "مايو", "أيار"},
            {"iunie", "czerwca", "haziran", "يونيو", "يونيه", "حزيران"},
            {"iulie", "lipca", "temmuz", "يوليو", "يوليه", "تموز"},
            {"sierpnia", "ağustos", "agustos", "أغسطس", "اغسطس"},
            {"septembrie", "września", "wrzesnia", "eylül", "eylul", "سبتمبر", "أيلول"},
            {"octombrie", "października", "pazdziernika", "ekim", "أكتوبر", "اكتوبر"},
            {"noiembrie", "listopada", "kasım", "kasim", "نوفمبر"},
            {"decembrie", "grudnia", "aralık", "aralik", "ديسمبر"},
        };
        Map<String, Integer> out = new HashMap<>();
        for (String[][] table : new String[][][] {names, more}) {
            for (int i = 0; i < table.length; i++) {
                for (String name : table[i]) out.put(name, i + 1);
            }
        }
        return Map.copyOf(out);
    }
}
