package fr.liseuse.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo site's own search engine: a page matches when every word of the query appears in its
 * title, snippet or keywords, ignoring case, accents and a final plural s/x. The results page is
 * the template {@code recherche.html} with its query, count and results placeholders filled in.
 */
final class DemoSearch {

    private static final Set<String> STOP_WORDS = Set.of("le", "la", "les", "l", "de", "des", "du", "d", "un",
            "une", "et", "a", "au", "aux", "en", "pour", "sur");

    private final List<DemoPage> pages;
    private final String template;

    DemoSearch(List<DemoPage> pages, String template) {
        this.pages = pages;
        this.template = template;
    }

    List<DemoPage> search(String query) {
        List<String> words = words(query);
        List<DemoPage> hits = new ArrayList<>();
        if (words.isEmpty()) return hits;
        for (DemoPage p : pages) {
            String haystack = fold(p.title() + " " + p.snippet() + " " + p.keywords());
            if (words.stream().allMatch(haystack::contains)) hits.add(p);
        }
        return hits;
    }

    String resultsPage(String query) {
        String q = query.strip();
        List<DemoPage> hits = search(q);
        StringBuilder list = new StringBuilder();
        if (!hits.isEmpty()) {
            list.append("<ol class=\"resultats\">\n");
            for (DemoPage p : hits) {
                list.append("  <li class=\"resultat\">\n")
                    .append("    <h3><a href=\"").append(escape(p.path())).append("\">").append(escape(p.title())).append("</a></h3>\n")
                    .append("    <p class=\"extrait\">").append(escape(p.snippet())).append("</p>\n")
                    .append("  </li>\n");
            }
            list.append("</ol>\n");
        }
        String count;
        if (q.isEmpty()) count = "Saisissez un ou plusieurs mots pour lancer la recherche.";
        else if (hits.isEmpty()) count = "Aucun résultat pour « " + escape(q) + " ».";
        else count = hits.size() + (hits.size() == 1 ? " résultat" : " résultats") + " pour « " + escape(q) + " »";
        return template.replace("{{requete}}", escape(q))
                .replace("{{compte}}", count)
                .replace("<!--RESULTATS-->", list.toString());
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || STOP_WORDS.contains(w)) continue;
            if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) w = w.substring(0, w.length() - 1);
            words.add(w);
        }
        return words;
    }

    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
