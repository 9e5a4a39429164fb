package fr.liseuse.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the number of results a page announces: "3 résultats", "About 1,234 results", "Aucun résultat". */
final class SearchCount {

    /** Longest text examined; announcements are short, and this bounds the regular expressions' work. */
    static final int MAX_LENGTH = 200;
    private static final Pattern NONE = Pattern.compile(
            "\\b(aucun(e)? (resultat|reponse|document)|pas de resultat|no results?|did not match any|nothing found)");
    private static final Pattern OUT_OF = Pattern.compile(
            "(resultats?|results?|reponses?).{0,30}?\\b(sur|of|parmi)\\s+(\\d{1,3}(?:[ .,]\\d{3})+|\\d{1,9})\\b");
    private static final Pattern BEFORE_WORD = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[ .,]\\d{3})+|\\d{1,9})\\s+(resultats?|results?|reponses?|documents?|pages? trouvee)");

    private SearchCount() { }

    static Optional<Integer> read(String text) {
        if (text == null || text.length() > MAX_LENGTH) return Optional.empty();
        String folded = fold(text);
        if (NONE.matcher(folded).find()) return Optional.of(0);
        Matcher m = OUT_OF.matcher(folded);
        if (m.find()) return number(m.group(3));
        m = BEFORE_WORD.matcher(folded);
        if (m.find()) return number(m.group(1));
        return Optional.empty();
    }

    /** True when the text speaks of search results at all ("Résultats de recherche", "results for"). */
    static boolean speaksOfResults(String text) {
        if (text == null || text.length() > MAX_LENGTH) return false;
        String f = fold(text);
        return f.contains("resultats de recherche") || f.contains("resultats de la recherche")
                || f.contains("resultat de recherche") || f.contains("search results") || f.contains("results for")
                || f.contains("resultats pour") || f.contains("resultat pour") || f.contains("vous avez recherche")
                || f.contains("votre recherche") || NONE.matcher(f).find();
    }

    private static Optional<Integer> number(String written) {
        String digits = written.replaceAll("\\D", "");
        if (digits.isEmpty() || digits.length() > 9) return Optional.empty();
        return Optional.of(Integer.parseInt(digits));
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            out.append(Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        return out.toString();
    }
}
