package fr.liseuse.extract;

import fr.liseuse.text.Sanitizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The words around a contact in its sentence, used as its label: the clause before it ("Pour un
 * enlèvement à domicile, appelez le") or, when little stands before, the words after it
 * ("Violences Femmes Info, écoute anonyme et gratuite").
 */
final class ContactLabels {

    /** A sentence's lead-in is kept whole more often than not; what follows is usually a name, shorter. */
    private static final int MAX_WORDS_BEFORE = 16;
    private static final int MAX_WORDS_AFTER = 8;
    private static final Set<String> CALL_WORDS = Set.of(
            "appelez", "appeler", "composez", "composer", "contactez", "contacter", "joignez", "joindre",
            "le", "la", "l", "au", "du", "par", "tél", "tel", "téléphone", "numéro", "n°", "call", "dial", "phone",
            "ou", "et", "or", "and", "à", "courriel", "mail", "e-mail", "email");
    private static final int MAX_REACH = 240;
    private static final String EDGE_PUNCTUATION = " :(–—-,;/|•";

    private ContactLabels() { }

    /**
     * @param from where the label may begin at the earliest (the end of the contact before, or 0)
     * @param to   where the label must end at the latest (the start of the contact after, or the text's end)
     * @return the label, or an empty string when no words stand around the contact
     */
    static String around(String text, int start, int end, int from, int to) {
        String before = before(text, start, from);
        String after = after(text, end, to);
        if (letterWords(before) >= 2 && !(onlyCallWords(before) && letterWords(after) >= 2)) return before;
        if (letterWords(after) >= 1) return after;
        return before;
    }

    static String before(String text, int start, int from) {
        int begin = Math.max(from, sentenceStart(text, start));
        String[] words = Sanitizer.inline(text.substring(begin, start)).split(" ");
        int first = Math.max(0, words.length - MAX_WORDS_BEFORE);
        String kept = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        if (first > 0) kept = fromClause(kept);
        if (begin == from && from > 0) {
            // Between two contacts of one sentence: "(police secours) ou le" belongs to the one before.
            kept = dropLeadingConjunction(trimEdges(afterAside(kept)));
            if (onlyCallWords(kept)) return "";
        }
        return trimEdges(kept);
    }

    static String after(String text, int end, int to) {
        int stop = Math.min(to, sentenceEnd(text, end));
        String[] words = trimEdges(Sanitizer.inline(text.substring(end, Math.max(end, stop)))).split(" ");
        int count = Math.min(words.length, MAX_WORDS_AFTER);
        String kept = String.join(" ", Arrays.copyOfRange(words, 0, count));
        if (count < words.length) kept = toClause(kept);
        return trimEdges(kept);
    }

    /** "Appelez le", "Tél. :": words that say a number follows but not whose number it is. */
    private static boolean onlyCallWords(String s) {
        for (String word : s.toLowerCase(Locale.ROOT).split("[ ,:.']+")) {
            if (!word.isEmpty() && !CALL_WORDS.contains(word)) return false;
        }
        return true;
    }

    static int letterWords(String s) {
        int count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int k = 0; k <= s.length(); k++) {
            char c = k < s.length() ? s.charAt(k) : ' ';
            if (c == ' ') {
                if (inWord && hasLetter) count++;
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetter(c);
            }
        }
        return count;
    }

    private static int sentenceStart(String text, int start) {
        int limit = Math.max(0, start - MAX_REACH);
        for (int k = start - 1; k >= limit; k--) {
            if (endsSentence(text, k)) return k + 1;
        }
        return limit == 0 ? 0 : wordStartAfter(text, limit);
    }

    private static int sentenceEnd(String text, int end) {
        int limit = Math.min(text.length(), end + MAX_REACH);
        for (int k = end; k < limit; k++) {
            if (endsSentence(text, k)) return k;
        }
        return limit;
    }

    /** '.', '!', '?' or ';' that ends a sentence; not the dot of "Tél." or "03.20". Line breaks
     * (from {@code <br>}) do not: an address block stays one label. */
    private static boolean endsSentence(String text, int k) {
        char c = text.charAt(k);
        if (c == '!' || c == '?' || c == ';') return true;
        if (c != '.') return false;
        if (k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1))) return false;
        int w = k;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        int wordLength = k - w;
        return wordLength == 0 || wordLength > 3;
    }

    private static int wordStartAfter(String text, int k) {
        while (k < text.length() && !Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }

    /** From a truncated run of words, keep the clause after its first comma or colon, if it has some words. */
    private static String fromClause(String kept) {
        int cut = indexOfClauseMark(kept, 0);
        if (cut < 0) return kept;
        String rest = kept.substring(cut + 1).strip();
        return letterWords(rest) >= 3 ? rest : kept;
    }

    /** From a truncated run of words, keep what stands before its last comma or colon, if it has some words. */
    private static String toClause(String kept) {
        int cut = Math.max(kept.lastIndexOf(','), kept.lastIndexOf(':'));
        if (cut < 0) return kept;
        String head = kept.substring(0, cut).strip();
        return letterWords(head) >= 3 ? head : kept;
    }

    private static int indexOfClauseMark(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) == ',' || s.charAt(k) == ':') return k;
        }
        return -1;
    }

    /**
     * Drops an aside about the contact before: a bracket right after it ("(police secours) ou le"
     * gives "ou le"), or the end of one that opened before ("secours) ou le").
     */
    private static String afterAside(String s) {
        String t = s.stripLeading();
        int close = t.indexOf(')');
        if (close < 0) return s;
        boolean leading = t.startsWith("(");
        boolean unopened = t.lastIndexOf('(', close) < 0;
        return leading || unopened ? t.substring(close + 1) : s;
    }

    private static String dropLeadingConjunction(String s) {
        for (String word : new String[] {"ou ", "et ", "or ", "and "}) {
            if (s.regionMatches(true, 0, word, 0, word.length())) return s.substring(word.length());
        }
        return s;
    }

    private static String trimEdges(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && EDGE_PUNCTUATION.indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && EDGE_PUNCTUATION.indexOf(s.charAt(b - 1)) >= 0) b--;
        String t = s.substring(a, b);
        // "3919 (appel gratuit)": the opening bracket was trimmed, so the closing one goes too
        if (t.endsWith(")") && t.indexOf('(') < 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }
}
