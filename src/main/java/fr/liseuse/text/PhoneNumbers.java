package fr.liseuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds French phone numbers: full ten-digit numbers in their usual written forms and short
 * national numbers (3919, 15, 17, 112, 116 006…) where the running text shows they are phone
 * numbers. One left-to-right pass; no regular expressions.
 */
public final class PhoneNumbers {

    /** Two- and three-digit national numbers (emergency services and help lines). */
    private static final Set<String> SHORT = Set.of("15", "17", "18", "112", "114", "115", "119", "191", "196");
    /** Four-digit numbers that are almost never anything else in a French text. */
    private static final Set<String> DISTINCTIVE = Set.of("3919", "3114", "3018", "3020");

    private PhoneNumbers() { }

    /**
     * Every French phone number in {@code text}: full numbers (03 20 47 45 15, 03.20.47.45.15,
     * 0320474515, +33 3 20 47 45 15, +33 (0)3 20…, 0 800 05 95 95) and short national numbers where
     * the words around them show a phone number, in order of appearance.
     */
    public static List<PhoneMatch> find(String text) {
        List<PhoneMatch> found = new ArrayList<>();
        if (text == null) return found;
        int n = text.length();
        int i = 0;
        int lastEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if ((c == '+' || isDigit(c)) && startsNumber(text, i)) {
                PhoneMatch match = fullAt(text, i);
                if (match == null && isDigit(c)) match = shortAt(text, i, lastEnd);
                if (match != null) {
                    found.add(match);
                    lastEnd = match.end();
                    i = match.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /**
     * Parses one number as written in a {@code tel:} link or a data file ({@code tel:+33353014217},
     * {@code 03 53 01 42 17}, {@code tel:3919}, {@code 116 006}); empty when it is not a French number.
     */
    public static Optional<PhoneMatch> parse(String written) {
        if (written == null) return Optional.empty();
        String s = written.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tel:")) s = s.substring(4);
        else if (lower.startsWith("callto:")) s = s.substring(7);
        int params = indexOfAny(s, ";?,");
        if (params >= 0) s = s.substring(0, params);
        s = s.replace("%20", "").replace("%2B", "+").replace("%2b", "+").replace("(0)", "");
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isDigit(c)) {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0 && !plus) {
                plus = true;
            } else if (!isSeparator(c) && c != '(' && c != ')' && c != '/') {
                return Optional.empty();
            }
        }
        String d = digits.toString();
        int end = written.length();
        if (plus || d.startsWith("0033")) {
            String rest = plus ? stripPrefix(d, "33") : d.substring(4);
            if (rest == null) return Optional.empty();
            if (rest.length() == 10 && rest.charAt(0) == '0') rest = rest.substring(1);
            if (rest.length() != 9 || rest.charAt(0) == '0') return Optional.empty();
            return Optional.of(PhoneMatch.full(0, end, "0" + rest));
        }
        if (d.length() == 10 && d.charAt(0) == '0' && d.charAt(1) != '0') {
            return Optional.of(PhoneMatch.full(0, end, d));
        }
        if (isShortNumber(d)) return Optional.of(PhoneMatch.shortNumber(0, end, d));
        return Optional.empty();
    }

    private static boolean isShortNumber(String d) {
        return SHORT.contains(d)
                || (d.length() == 4 && d.charAt(0) == '3')
                || (d.length() == 6 && d.startsWith("116"));
    }

    private static PhoneMatch fullAt(String text, int i) {
        int p = i;
        boolean international = false;
        if (text.startsWith("+33", p)) {
            p += 3;
            international = true;
        } else if (text.startsWith("0033", p)) {
            p += 4;
            international = true;
        } else if (text.charAt(p) == '+') {
            return null;
        }
        if (international) {
            if (p < text.length() && isSeparator(text.charAt(p))) p++;
            if (text.startsWith("(0)", p)) {
                p += 3;
                if (p < text.length() && isSeparator(text.charAt(p))) p++;
            }
            int end = digitRunEnd(text, p, 9);
            if (end < 0) return null;
            String digits = digitsIn(text, p, end);
            if (digits.charAt(0) == '0') return null;
            return PhoneMatch.full(i, end, "0" + digits);
        }
        int end = digitRunEnd(text, p, 10);
        if (end < 0) return null;
        String digits = digitsIn(text, p, end);
        if (digits.charAt(0) != '0' || digits.charAt(1) == '0') return null;
        return PhoneMatch.full(i, end, digits);
    }

    /**
     * End of exactly {@code count} digits from {@code p}, single separators allowed between them,
     * or -1 when there are fewer, or more digits follow in the same run.
     */
    private static int digitRunEnd(String text, int p, int count) {
        int n = text.length();
        int q = p;
        int seen = 0;
        while (q < n && seen < count) {
            char c = text.charAt(q);
            if (isDigit(c)) {
                seen++;
                q++;
            } else if (seen > 0 && isSeparator(c) && q + 1 < n && isDigit(text.charAt(q + 1))) {
                q++;
            } else {
                break;
            }
        }
        if (seen != count || continuesNumber(text, q)) return -1;
        return q;
    }

    private static PhoneMatch shortAt(String text, int i, int lastEnd) {
        int n = text.length();
        int q = i;
        while (q < n && isDigit(text.charAt(q))) q++;
        String digits = text.substring(i, q);
        int end = q;
        if (digits.equals("116") && q + 4 <= n && isSeparator(text.charAt(q))
                && isDigit(text.charAt(q + 1)) && isDigit(text.charAt(q + 2)) && isDigit(text.charAt(q + 3))) {
            end = q + 4;
            digits = digits + text.substring(q + 1, end);
        }
        boolean sixteen = digits.length() == 6 && digits.startsWith("116");
        boolean threeBpq = digits.length() == 4 && digits.charAt(0) == '3';
        if (!SHORT.contains(digits) && !sixteen && !threeBpq) return null;
        if (end < n && Character.isLetter(text.charAt(end))) return null; // 17h, 15e
        if (continuesNumber(text, end)) return null; // 15 000, 15,5, 17:30, 15/03
        boolean distinctive = sixteen || DISTINCTIVE.contains(digits);
        boolean followsAnother = lastEnd >= 0 && shortGap(text, lastEnd, i);
        if (!PhoneCues.showPhone(text, i, end, distinctive, followsAnother)) return null;
        return PhoneMatch.shortNumber(i, end, digits);
    }

    /** "le 15, le 17 ou le 18": a few small words and commas between two numbers. */
    private static boolean shortGap(String text, int from, int to) {
        if (to - from > 12) return false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == ';' || c == '\n' || c == '!' || c == '?') return false;
        }
        return true;
    }

    /** True when a number goes on at {@code q}: another digit, or one separator and a digit. */
    private static boolean continuesNumber(String text, int q) {
        int n = text.length();
        if (q >= n) return false;
        char c = text.charAt(q);
        if (isDigit(c)) return true;
        boolean joiner = isSeparator(c) || c == ',' || c == ':' || c == '/';
        return joiner && q + 1 < n && isDigit(text.charAt(q + 1));
    }

    /** A number may start at {@code i} only when it is not the tail of a word or of a longer number. */
    private static boolean startsNumber(String text, int i) {
        if (i == 0) return true;
        char prev = text.charAt(i - 1);
        if (Character.isLetterOrDigit(prev) || prev == '+' || prev == '_' || prev == '@') return false;
        boolean joiner = isSeparator(prev) || prev == ',' || prev == ':' || prev == '/';
        return !(joiner && i >= 2 && isDigit(text.charAt(i - 2)));
    }

    private static String digitsIn(String text, int from, int to) {
        StringBuilder out = new StringBuilder(10);
        for (int k = from; k < to; k++) {
            if (isDigit(text.charAt(k))) out.append(text.charAt(k));
        }
        return out.toString();
    }

    private static String stripPrefix(String digits, String prefix) {
        return digits.startsWith(prefix) ? digits.substring(prefix.length()) : null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int k = 0; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) return k;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Characters written between digit groups: spaces (also no-break), dot, hyphen. */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\u2011';
    }
}
