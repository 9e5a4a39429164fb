package fr.liseuse.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A short excerpt of a page's text around the place where most query words meet, cut at word
 * boundaries and marked with "…" where it starts or ends inside the text.
 */
final class Snippets {

    static final int LENGTH = 200;
    private static final int BEFORE = 50;
    private static final int MAX_ANALYSED = 200_000;
    /** The part of an excerpt after its first match: where the query words counted together must fall. */
    private static final int WINDOW = LENGTH - BEFORE;

    private final Analysis analysis;

    Snippets(Analysis analysis) {
        this.analysis = analysis;
    }

    String around(String text, Language language, Set<String> terms) throws IOException {
        if (text.isEmpty()) return "";
        if (terms.isEmpty()) return cut(text, 0);
        Matches matches = new Matches(terms);
        analysis.scan(language, text, MAX_ANALYSED, matches::read);
        int anchor = matches.found.isEmpty() ? 0 : bestWindow(matches.found);
        return cut(text, anchor);
    }

    /**
     * The query words met in the text so far. Once a window holds every query word, no later window
     * can be better (the earliest wins), so reading stops at that window's end: on a long page whose
     * words meet early, the rest of the text is never analysed, and the excerpt is the same.
     */
    private static final class Matches {

        final List<Analysis.Token> found = new ArrayList<>();
        private final Set<String> terms;
        private int settledAt = Integer.MAX_VALUE;

        Matches(Set<String> terms) {
            this.terms = terms;
        }

        /** Takes the next token of the text; false when the best window is known. */
        boolean read(Analysis.Token token) {
            if (token.start() >= settledAt) return false;
            if (!terms.contains(token.term())) return true;
            found.add(token);
            if (settledAt == Integer.MAX_VALUE) {
                // the windows this match falls in, earliest first: the first that now holds every word
                for (int i = firstWindowHolding(token.start()); i < found.size(); i++) {
                    if (wordsInWindow(found, i) == terms.size()) {
                        settledAt = found.get(i).start() + WINDOW;
                        break;
                    }
                }
            }
            return true;
        }

        private int firstWindowHolding(int start) {
            int i = found.size() - 1;
            while (i > 0 && found.get(i - 1).start() + WINDOW > start) i--;
            return i;
        }
    }

    /** Start offset of the match whose window holds the most different query words (earliest wins). */
    private static int bestWindow(List<Analysis.Token> matches) {
        int best = matches.get(0).start();
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int count = wordsInWindow(matches, i);
            if (count > bestCount) {
                bestCount = count;
                best = matches.get(i).start();
            }
        }
        return best;
    }

    /** How many different words the matches from the {@code i}th one to {@link #WINDOW} characters after it hold. */
    private static int wordsInWindow(List<Analysis.Token> matches, int i) {
        int start = matches.get(i).start();
        Set<String> seen = new HashSet<>();
        for (int j = i; j < matches.size() && matches.get(j).start() < start + WINDOW; j++) {
            seen.add(matches.get(j).term());
        }
        return seen.size();
    }

    private static String cut(String text, int anchor) {
        int begin = Math.max(0, anchor - BEFORE);
        if (begin > 0) begin = nextWordStart(text, begin, anchor);
        int end = Math.min(text.length(), begin + LENGTH);
        if (end < text.length()) end = previousWordEnd(text, end, begin);
        String body = text.substring(begin, end).replaceAll("\\s+", " ").strip();
        return (begin > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
    }

    private static int nextWordStart(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) return i;
        }
        return limit;
    }

    private static int previousWordEnd(String text, int from, int limit) {
        for (int i = from; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i;
        }
        return from;
    }
}
