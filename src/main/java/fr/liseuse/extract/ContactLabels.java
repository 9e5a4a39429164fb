package fr.liseuse.extract;

import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who answers a contact, from the words around it in its piece of text: the name the line leads
 * with ("Lisière Écoute : 03 …"), the link's own text, a name in brackets or apposition right after
 * it ("le 17 (police secours)", "le 3919, Violences Femmes Info,"), the one the sentence asks to
 * call ("appelez la police ou la gendarmerie au 17"); else the clause around it, cut so that it
 * ends as a phrase ("Pour un enlèvement à domicile").
 */
final class ContactLabels {

    /** How surely a label names who answers: a later mention of the same number may replace a weaker one. */
    enum Strength { NONE, CONTEXT, PHRASE, NAME }

    record Label(String text, Strength strength) {
        static final Label NONE = new Label("", Strength.NONE);

        boolean weakerThan(Label other) {
            return strength.compareTo(other.strength) < 0;
        }
    }

    /** Columns: one line of an 80-column panel once the number stands before it. */
    static final int MAX_LENGTH = 56;
    private static final int MAX_NAME_WORDS = 8;
    /** A sentence's lead-in is kept whole more often than not; what follows is usually a name, shorter. */
    private static final int MAX_WORDS_BEFORE = 16;
    private static final int MAX_WORDS_AFTER = 8;
    private static final int MAX_REACH = 240;
    private static final String EDGE_PUNCTUATION = " :(–—-,;/|•";

    private ContactLabels() { }

    /**
     * @param from   where the label may begin at the earliest (the end of the contact before, or 0)
     * @param to     where the label must end at the latest (the start of the contact after, or the text's end)
     * @param anchor the text of the link the contact was found behind, or null
     */
    static Label of(String text, int start, int end, int from, int to, String anchor) {
        int s = clamp(start, 0, text.length());
        int e = clamp(end, s, text.length());
        int f = clamp(from, 0, s);
        int t = clamp(to, e, text.length());
        String name = lineName(text, s, f);
        if (name.isEmpty()) name = anchorName(anchor);
        if (name.isEmpty()) name = calledName(before(text, s, f));
        if (!name.isEmpty()) return new Label(capitalised(bounded(name)), Strength.NAME);
        String phrase = bounded(upToItsName(phrase(text, s, e, f, t)));
        // "(police secours)" names the 17; "(appel non surtaxé)" after "Le service Déchets" does not
        String aside = aside(text, e, t);
        if (!aside.isEmpty() && (holdsName(aside) || !holdsName(phrase))) {
            return new Label(capitalised(bounded(aside)), Strength.NAME);
        }
        return phrase.isEmpty() ? Label.NONE : new Label(capitalised(phrase), Strength.PHRASE);
    }

    /**
     * A phrase that holds a name, cut after it: "Le service Déchets vous répond du lundi…" gives
     * "Le service Déchets". Small words may join the name's words ("Maison des Femmes").
     */
    private static String upToItsName(String phrase) {
        String[] words = phrase.split(" ");
        int first = 1;
        while (first < words.length && !nameWord(words[first])) first++;
        if (first >= words.length) return phrase;
        int last = first;
        for (int k = first + 1; k < words.length; k++) {
            if (nameWord(words[k])) {
                last = k;
            } else if (!(ContactWords.dangling(words[k]) && k + 1 < words.length && nameWord(words[k + 1]))) {
                break;
            }
        }
        return String.join(" ", Arrays.copyOfRange(words, 0, last + 1));
    }

    private static boolean nameWord(String word) {
        String w = trimEdges(word);
        return startsUpper(w) || acronym(w);
    }

    private static boolean acronym(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /** A short line that may stand for a name (a heading, a {@code dt}, a name alone), or an empty string. */
    static String shortLine(String line) {
        String s = trimEdges(Sanitizer.inline(line));
        String[] words = s.split(" ");
        if (s.isEmpty() || words.length > MAX_NAME_WORDS - 2 || s.length() > MAX_LENGTH) return "";
        return s.matches(".*[.!?;0-9@].*") || allCues(words) ? "" : s;
    }

    /** Whether a phrase names someone: a capitalised word after its first, or an acronym ("CIDFF"). */
    static boolean holdsName(String phrase) {
        String[] words = phrase.split(" ");
        for (int k = 0; k < words.length; k++) {
            String w = trimEdges(words[k]);
            if (acronym(w) || k > 0 && startsUpper(w)) return true;
        }
        return false;
    }

    /** "Association X :", "Accueil :" at the start of the line the contact is on. */
    private static String lineName(String text, int start, int from) {
        int lineStart = Math.max(from, text.lastIndexOf('\n', Math.max(0, start - 1)) + 1);
        String lead = Sanitizer.inline(text.substring(Math.min(lineStart, start), start)).strip();
        if (!(lead.endsWith(":") || lead.endsWith("–") || lead.endsWith("—") || lead.endsWith(" -"))) return "";
        String name = trimEdges(lead.substring(lastSentenceMark(lead) + 1));
        String[] words = name.split(" ");
        if (name.isEmpty() || words.length > MAX_NAME_WORDS) return "";
        return allCues(words) ? "" : name;
    }

    /** "… de l'Épeule ; réservations :" has its name after the last mark that ends a sentence. */
    private static int lastSentenceMark(String s) {
        for (int k = s.length() - 1; k >= 0; k--) {
            if (endsSentence(s, k)) return k;
        }
        return -1;
    }

    /** The text of a tel:/mailto: link when it says more than the number or "appeler". */
    private static String anchorName(String anchor) {
        if (anchor == null || anchor.contains("@") || anchor.matches(".*\\d.*")) return "";
        String name = trimEdges(Sanitizer.inline(anchor));
        return name.isEmpty() || allCues(name.split(" ")) ? "" : name;
    }

    /** "(police secours)" or ", Violences Femmes Info," right after the number. */
    private static String aside(String text, int end, int to) {
        String rest = text.substring(end, to).stripLeading();
        if (rest.startsWith("(")) {
            int close = rest.indexOf(')');
            return close < 0 ? "" : shortName(rest.substring(1, close), MAX_NAME_WORDS);
        }
        if (rest.isEmpty() || ",:–—".indexOf(rest.charAt(0)) < 0) return "";
        String next = rest.substring(1).strip();
        int stop = 0;
        while (stop < next.length() && ",.:;!?(".indexOf(next.charAt(stop)) < 0) stop++;
        String name = next.substring(0, stop);
        return startsUpper(name) ? shortName(name, MAX_NAME_WORDS - 2) : "";
    }

    /** Who a call verb asks to reach: "appelez la police ou la gendarmerie" gives "police ou gendarmerie". */
    private static String calledName(String clause) {
        List<String> words = new ArrayList<>(Arrays.asList(clause.split(" ")));
        int verb = -1;
        for (int k = 0; k < words.size(); k++) if (ContactWords.callVerb(words.get(k))) verb = k;
        if (verb < 0) return "";
        List<String> object = new ArrayList<>();
        boolean afterConjunction = true;
        for (String word : withoutEnd(words.subList(verb + 1, words.size()), false)) {
            if (afterConjunction && ContactWords.dangling(word)) continue;
            String bare = ContactWords.bare(word);
            if (afterConjunction && (bare.startsWith("l'") || bare.startsWith("d'"))) word = word.substring(2);
            afterConjunction = bare.equals("ou") || bare.equals("or") || bare.equals("et") || bare.equals("and");
            object.add(word);
        }
        return shortName(String.join(" ", object), MAX_NAME_WORDS);
    }

    private static String shortName(String s, int maxWords) {
        String name = trimEdges(Sanitizer.inline(s));
        String[] words = name.split(" ");
        if (name.isEmpty() || words.length > maxWords || letterWords(name) == 0 || allCues(words)) return "";
        return name;
    }

    /** The clause before the contact, or when little stands before, the words after it. */
    private static String phrase(String text, int start, int end, int from, int to) {
        String before = endAsPhrase(before(text, start, from));
        String after = endAsPhrase(after(text, end, to));
        if (letterWords(before) >= 2 || letterWords(before) == 1 && letterWords(after) == 0) return before;
        return after;
    }

    static String before(String text, int start, int from) {
        int begin = Math.min(start, Math.max(from, sentenceStart(text, start)));
        String[] words = Sanitizer.inline(text.substring(begin, start)).split(" ");
        int first = Math.max(0, words.length - MAX_WORDS_BEFORE);
        String kept = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        if (first > 0) kept = fromClause(kept);
        if (begin == from && from > 0) {
            // Between two contacts of one sentence: "(police secours) ou le" belongs to the one before.
            kept = dropLeadingConjunction(trimEdges(afterAside(kept)));
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

    /** At most {@link #MAX_LENGTH} columns, cut at a word and never inside an open bracket. */
    static String bounded(String label) {
        String s = trimEdges(label);
        if (DisplayWidth.of(s) > MAX_LENGTH) {
            int fit = fittingLength(s);
            int cut = s.lastIndexOf(' ', fit);
            s = s.substring(0, cut > 0 ? cut : fit);
            int open = s.lastIndexOf('(');
            if (open > 0 && s.indexOf(')', open) < 0) s = s.substring(0, open);
            s = endAsPhrase(s);
        }
        return trimEdges(s);
    }

    /** How many chars of s fit in {@link #MAX_LENGTH} columns (wide characters take two). */
    private static int fittingLength(String s) {
        int width = 0;
        int k = 0;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            width += DisplayWidth.of(cp);
            if (width > MAX_LENGTH) break;
            k += Character.charCount(cp);
        }
        return k;
    }

    /** Drops the words a phrase cannot end on: "appelez le" goes from "Si vous êtes en danger, appelez le". */
    private static String endAsPhrase(String s) {
        List<String> words = withoutEnd(Arrays.asList(trimEdges(s).split(" ")), true);
        String kept = trimEdges(String.join(" ", words));
        return allCues(kept.split(" ")) ? "" : kept;
    }

    /** Without the words at the end it cannot stop on; with {@code cues}, nor on "Tél.", "numéro". */
    private static List<String> withoutEnd(List<String> words, boolean cues) {
        int n = words.size();
        while (n > 0 && (ContactWords.dangling(words.get(n - 1)) || cues && ContactWords.cue(words.get(n - 1)))) n--;
        return words.subList(0, n);
    }

    private static boolean allCues(String[] words) {
        for (String word : words) {
            if (!ContactWords.cue(word)) return false;
        }
        return true;
    }

    private static String capitalised(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) return s;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(value, high));
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
        while (a < b && (EDGE_PUNCTUATION.indexOf(s.charAt(a)) >= 0 || s.charAt(a) == '.')) a++;
        while (b > a && EDGE_PUNCTUATION.indexOf(s.charAt(b - 1)) >= 0) b--;
        String t = s.substring(a, b);
        // "3919 (appel gratuit)": the opening bracket was trimmed, so the closing one goes too
        if (t.endsWith(")") && t.indexOf('(') < 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }
}
