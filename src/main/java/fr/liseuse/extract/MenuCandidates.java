package fr.liseuse.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements of a page that may hold its site navigation, best first: {@code nav} elements,
 * {@code role=navigation}, lists in the header, lists named like a menu. Footer, breadcrumb,
 * skip links, pagination, share bars and language switchers are left out. Reads the DOM only.
 */
final class MenuCandidates {

    private static final List<String> EXCLUDED_WORDS = List.of(
            "breadcrumb", "ariane", "skip", "evitement", "pagination", "pager", "share", "partag", "social",
            "reseaux", "lang", "footer", "pied", "toc", "sommaire", "tabs", "onglet");
    private static final List<String> MAIN_WORDS = List.of("principal", "main", "primary", "mainmenu", "mainnav");
    private static final int LINK_CAP = 40;
    // Parsed once: select(String) parses its selector again on every call, for every candidate.
    private static final Evaluator CANDIDATES = QueryParser.parse("nav, [role=navigation], header ul, ul[class], ul[id]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator BUTTONS = QueryParser.parse("button");
    private static final Evaluator SUBMENUS = QueryParser.parse("li ul, li ol");

    private record Scored(Element element, int score, int order) { }

    private MenuCandidates() { }

    static List<Element> find(Document doc) {
        List<Element> kept = new ArrayList<>();
        for (Element e : doc.select(CANDIDATES)) {
            if (!isCandidate(e) || isExcluded(e)) continue;
            if (hasKeptAncestor(e, kept)) continue;
            kept.add(e);
        }
        List<Scored> scored = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) scored.add(new Scored(kept.get(k), score(kept.get(k)), k));
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order));
        return scored.stream().map(Scored::element).toList();
    }

    private static boolean isCandidate(Element e) {
        if (e.normalName().equals("nav") || e.attr("role").equalsIgnoreCase("navigation")) return true;
        if (e.normalName().equals("ul") && hasAncestor(e, "ul") == null) {
            if (inHeader(e)) return true;
            for (String word : words(e.className() + " " + e.id())) {
                if (word.contains("menu") || word.startsWith("nav")) return true;
            }
        }
        return false;
    }

    private static boolean isExcluded(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("footer") || a.attr("role").equalsIgnoreCase("contentinfo")) return true;
            if (a == e || a.normalName().equals("nav") || a.attr("role").equalsIgnoreCase("navigation")) {
                for (String word : words(a.className() + " " + a.id() + " " + a.attr("aria-label"))) {
                    for (String excluded : EXCLUDED_WORDS) {
                        if (word.startsWith(excluded)) return true;
                    }
                }
            } else if (words(a.className() + " " + a.id()).stream().anyMatch(w -> w.equals("footer") || w.equals("pied"))) {
                return true;
            }
        }
        List<Element> links = e.select(LINKS);
        if (links.isEmpty()) return e.select(BUTTONS).isEmpty();
        boolean allFragments = links.stream().allMatch(a -> a.attr("href").startsWith("#"));
        boolean allLanguages = links.stream().allMatch(a -> a.hasAttr("hreflang") || a.hasAttr("lang"));
        return allFragments || allLanguages;
    }

    private static int score(Element e) {
        int score = Math.min(e.select(LINKS).size(), LINK_CAP);
        String naming = e.attr("aria-label") + " " + e.className() + " " + e.id();
        for (String word : words(naming)) {
            for (String main : MAIN_WORDS) {
                if (word.startsWith(main)) score += 50;
            }
        }
        if (inHeader(e)) score += 20;
        if (e.normalName().equals("nav") || e.attr("role").equalsIgnoreCase("navigation")) score += 10;
        if (!e.select(SUBMENUS).isEmpty()) score += 5;
        if (hasAncestor(e, "main") != null || hasAncestor(e, "article") != null || hasAncestor(e, "aside") != null) {
            score -= 30;
        }
        return score;
    }

    private static boolean inHeader(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("header") || a.attr("role").equalsIgnoreCase("banner")) return true;
        }
        return false;
    }

    private static Element hasAncestor(Element e, String tag) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals(tag)) return a;
        }
        return null;
    }

    private static boolean hasKeptAncestor(Element e, List<Element> kept) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (kept.contains(a)) return true;
        }
        return false;
    }

    /** Lower-case words without accents, split on anything that is not a letter. */
    static List<String> words(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int k = 0; k <= folded.length(); k++) {
            char c = k < folded.length() ? folded.charAt(k) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetter(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out;
    }
}
