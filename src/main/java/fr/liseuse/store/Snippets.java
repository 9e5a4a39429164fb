package fr.liseuse.store;

import java.io.IOException;
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

    private final Analysis analysis;

    Snippets(Analysis analysis) {
        this.analysis = analysis;
    }

    String around(String text, Language language, Set<String> terms) throws IOException {
        if (text.isEmpty()) return "";
        List<Analysis.Token> matches = analysis.tokens(language, text, MAX_ANALYSED).stream()
                .filter(token -> terms.contains(token.term()))
                .toList();
        int anchor = matches.isEmpty() ? 0 : bestWindow(matches);
        return cut(text, anchor);
    }

    /** Start offset of the match whose window holds the most different query words (earliest wins). */
    private static int bestWindow(List<Analysis.Token> matches) {
        int best = matches.get(0).start();
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int start = matches.get(i).start();
            Set<String> seen = new HashSet<>();
            for (int j = i; j < matches.size() && matches.get(j).start() < start + LENGTH - BEFORE; j++) {
                seen.add(matches.get(j).term());
            }
            if (seen.size() > bestCount) {
                bestCount = seen.size();
                best = start;
            }
        }
        return best;
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
