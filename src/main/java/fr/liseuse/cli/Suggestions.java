package fr.liseuse.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The word a mistyped one was probably meant to be ({@code red} for {@code read}, {@code --fromat} for
 * {@code --format}): the nearest candidate by edit distance, when it is near enough to be a slip of
 * the fingers rather than another word (one edit for short words, two for longer ones).
 */
final class Suggestions {

    private Suggestions() { }

    static Optional<String> closest(String typed, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> distance(typed, candidate) <= (candidate.replace("-", "").length() <= 4 ? 1 : 2))
                .min(Comparator.comparingInt((String candidate) -> distance(typed, candidate)));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
