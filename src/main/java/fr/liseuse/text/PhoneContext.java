package fr.liseuse.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words around a place in running text, folded (lower case, no accents) and cut at sentence
 * ends, with the punctuation that sits right next to the place.
 */
final class PhoneContext {

    private static final int WINDOW = 80;

    /** Words before the place, nearest first; at most {@code limit}. */
    final List<String> before;
    /** Words after the place, nearest first; at most {@code limit}. */
    final List<String> after;
    /** The non-space character just before, or 0 at the start of the text or of a line. */
    final char charBefore;
    /** The non-space character just after, or 0 at the end of the text or of a line. */
    final char charAfter;
    /** True when a word (not punctuation) sits right before the place. */
    final boolean wordRightBefore;
    /** True when a word (not punctuation) sits right after the place. */
    final boolean wordRightAfter;

    PhoneContext(String text, int start, int end, int limit) {
        this.before = wordsBefore(text, start, limit);
        this.after = wordsAfter(text, end, limit);
        int b = start - 1;
        while (b >= 0 && isSpace(text.charAt(b))) b--;
        this.charBefore = b < 0 || text.charAt(b) == '\n' ? 0 : text.charAt(b);
        int a = end;
        while (a < text.length() && isSpace(text.charAt(a))) a++;
        this.charAfter = a >= text.length() || text.charAt(a) == '\n' ? 0 : text.charAt(a);
        this.wordRightBefore = charBefore != 0 && isWordChar(charBefore);
        this.wordRightAfter = charAfter != 0 && isWordChar(charAfter);
    }

    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(c);
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '°';
    }

    private static List<String> wordsBefore(String text, int start, int limit) {
        int from = Math.max(0, start - WINDOW);
        List<String> tokens = tokens(text.substring(from, start), from > 0);
        List<String> words = new ArrayList<>();
        for (int k = tokens.size() - 1; k >= 0 && words.size() < limit; k--) {
            String t = tokens.get(k);
            if (isSentenceEnd(t)) {
                boolean abbreviation = t.equals(".") && k > 0 && isWordChar(tokens.get(k - 1).charAt(0))
                        && tokens.get(k - 1).length() <= 3;
                if (!abbreviation) break;
            } else if (isWordChar(t.charAt(0))) {
                words.add(fold(t));
            }
        }
        return words;
    }

    private static List<String> wordsAfter(String text, int end, int limit) {
        int to = Math.min(text.length(), end + WINDOW);
        List<String> words = new ArrayList<>();
        for (String t : tokens(text.substring(end, to), false)) {
            if (words.size() >= limit || isSentenceEnd(t)) break;
            if (isWordChar(t.charAt(0))) words.add(fold(t));
        }
        return words;
    }

    private static boolean isSentenceEnd(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?") || token.equals(";")
                || token.equals("\n");
    }

    /** Words (letters, digits, °) and single punctuation characters; spaces dropped. */
    private static List<String> tokens(String s, boolean dropFirstWord) {
        List<String> out = new ArrayList<>();
        int i = 0;
        if (dropFirstWord) {
            while (i < s.length() && isWordChar(s.charAt(i))) i++;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                int j = i;
                while (j < s.length() && isWordChar(s.charAt(j))) j++;
                out.add(s.substring(i, j));
                i = j;
            } else {
                if (!isSpace(c)) out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }
}
