package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements holding the main content: every paragraph-like element gives points to its
 * ancestors (more for long text with commas), the best-scored ancestor (discounted by its share of
 * link text) wins, then its siblings that look like more of the same article join it.
 */
final class ContentFinder {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "dd", "blockquote");
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "span", "font",
            "center", "main", "li");
    private static final int MIN_TEXT = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /** Fewest characters per comma that count: shorter runs between commas are list items. */
    private static final int CLAUSE = 30;
    /** Share of the running prose an element marked as the article must hold to stand for the content. */
    private static final double MARKED_SHARE = 0.9;

    private final ContentStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentFinder(ContentStats stats) {
        this.stats = stats;
    }

    /** The content elements in document order; the body alone when nothing scores. */
    static List<Element> find(Element body, ContentStats stats) {
        return new ContentFinder(stats).pick(body);
    }

    private List<Element> pick(Element body) {
        List<Element> recipeParts = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (RecipeParts.marks(el)) recipeParts.add(el);
            String tag = el.normalName();
            ContentStats.Measure m = stats.get(el);
            int length;
            int commas;
            Element ancestor;
            if (PARAGRAPH_TAGS.contains(tag) || TEXT_CONTAINERS.contains(tag) && m.blocks == 0) {
                length = tag.equals("li") && m.blocks == 0 && m.text < 100 ? 0 : m.text;
                // a comma per clause, not per item of a list of names or tags ("Ana, Bo, Cy, …")
                commas = Math.min(m.commas, m.text / CLAUSE);
                ancestor = el.parent();
            } else if (TEXT_CONTAINERS.contains(tag)) {
                // text written straight into a box beside its blocks reads as a paragraph of that box
                length = 0;
                commas = 0;
                for (Node child : el.childNodes()) {
                    if (!(child instanceof TextNode)) continue;
                    String t = ((TextNode) child).text();
                    length += t.strip().length();
                    for (int i = 0; i < t.length(); i++) if (t.charAt(i) == ',') commas++;
                }
                ancestor = el;
            } else {
                continue;
            }
            if (length < MIN_TEXT) continue;
            double points = 1 + commas + Math.min(length / 100, 3);
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if (ancestor.normalName().equals("html")) break;
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initial(ancestor) + points / divider, (a, b) -> a + points / divider);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.get(e.getKey()).linkDensity());
            e.setValue(s);
            if (top == null || s > best) {
                top = e.getKey();
                best = s;
            }
        }
        if (top == null) return List.of(body);
        top = climb(top, body);
        List<Element> content = withoutArticleLists(withSiblings(top, body));
        Element marked = content.size() == 1 ? markedArticle(content.get(0)) : null;
        return RecipeParts.widen(marked != null ? List.of(marked) : content, recipeParts, body);
    }

    /**
     * The element inside top that the page itself marks as its article ({@code <article>}, {@code <main>},
     * role {@code main}) when it holds nearly all of top's running prose: top then wraps more than the
     * article (teasers, bylines, widgets left by the filter). The innermost such element; null when none.
     * Several {@code <article>} elements in top are parts or a list, not the article: they do not count.
     */
    private Element markedArticle(Element top) {
        int prose = stats.get(top).proseText;
        if (prose == 0) return null;
        boolean oneArticle = top.getElementsByTag("article").size() - (top.nameIs("article") ? 1 : 0) == 1;
        Element best = null;
        for (Element el : top.getAllElements()) {
            if (el == top || !marksTheArticle(el, oneArticle)) continue;
            ContentStats.Measure m = stats.get(el);
            if (m.proseText < MARKED_SHARE * prose) continue;
            if (best == null || m.text < stats.get(best).text) best = el;
        }
        return best;
    }

    /**
     * The content without its lists of other articles, when it also holds one article on its own: a blog
     * post followed by the teasers of other posts, each an {@code <article>} with its excerpt, is the post.
     */
    private static List<Element> withoutArticleLists(List<Element> content) {
        if (content.size() < 2 || content.stream().noneMatch(ContentFinder::singleArticle)) return content;
        List<Element> kept = new ArrayList<>(content);
        kept.removeIf(ContentFinder::listOfArticles);
        return kept;
    }

    /** An {@code <article>} element with none inside it. */
    private static boolean singleArticle(Element el) {
        return el.nameIs("article") && el.getElementsByTag("article").size() == 1;
    }

    /** A box holding several {@code <article>} elements: a list of articles, not one. */
    private static boolean listOfArticles(Element el) {
        return el.getElementsByTag("article").size() - (el.nameIs("article") ? 1 : 0) >= 2;
    }

    private static boolean marksTheArticle(Element el, boolean oneArticle) {
        String tag = el.normalName();
        return tag.equals("article") ? oneArticle : tag.equals("main") || el.attr("role").equals("main");
    }

    private double initial(Element el) {
        double s;
        switch (el.normalName()) {
            case "div": case "article": case "main": s = 5; break;
            case "pre": case "td": case "blockquote": s = 3; break;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s = -3; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s = -5; break;
            default: s = 0;
        }
        return s + BoilerplateVocabulary.weight(el);
    }

    private double score(Element el) {
        Double s = scores.get(el);
        return s == null ? 0 : s;
    }

    /** Moves up while the parent scores higher than the candidate, or wraps nothing else. */
    private Element climb(Element top, Element body) {
        Element candidate = top;
        double last = score(candidate);
        double floor = last / 3;
        Element parent = candidate.parent();
        while (parent != null && parent != body && !parent.normalName().equals("html")) {
            if (stats.get(parent).text <= stats.get(candidate).text * 1.05 + 5) {
                candidate = parent;
                last = Math.max(last, score(parent));
                parent = parent.parent();
                continue;
            }
            Double s = scores.get(parent);
            if (s == null) {
                parent = parent.parent();
                continue;
            }
            if (s < floor) break;
            if (s > last) {
                candidate = parent;
                break;
            }
            last = s;
            parent = parent.parent();
        }
        return candidate;
    }

    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) return List.of(top);
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        Set<Element> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> shortOnes = new ArrayList<>();
        boolean sameKindJoined = false;
        for (Element sibling : parent.children()) {
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            boolean joins = sibling == top || scores.containsKey(sibling) && score(sibling) + bonus >= threshold
                    || reads(sibling) || sameKind(top, sibling, 50) || standfirst(sibling, top);
            if (joins) joined.add(sibling);
            if (joins && (sibling == top || sameKind(top, sibling, 0))) {
                // a short step of a how-to or entry of a series stays between the longer ones around it
                joined.addAll(shortOnes);
                shortOnes.clear();
                sameKindJoined = true;
            } else if (!joins && sameKindJoined && sameKind(top, sibling, 1)) {
                shortOnes.add(sibling);
            }
        }
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) if (joined.contains(sibling)) out.add(sibling);
        return out;
    }

    /**
     * A box right before the top candidate that only wraps one paragraph of running prose: the article's
     * standfirst, set in a column of its own above the text.
     */
    private boolean standfirst(Element sibling, Element top) {
        if (sibling.nextElementSibling() != top) return false;
        Element el = sibling;
        while (TEXT_CONTAINERS.contains(el.normalName()) && el.childrenSize() == 1 && el.ownText().isBlank()) {
            el = el.child(0);
        }
        return el != sibling && el.normalName().equals("p") && stats.get(el).prose > 0;
    }

    /** A sibling built like the top candidate (same tag and classes) that holds text, not links. */
    private boolean sameKind(Element top, Element sibling, int minText) {
        if (top.className().isEmpty() || !top.className().equals(sibling.className())) return false;
        if (!top.normalName().equals(sibling.normalName())) return false;
        ContentStats.Measure m = stats.get(sibling);
        return m.text >= minText && m.linkDensity() < 0.3;
    }

    /** A sibling paragraph that reads as prose: long with few links, or a short full sentence. */
    private boolean reads(Element el) {
        String tag = el.normalName();
        if (!tag.equals("p") && !(TEXT_CONTAINERS.contains(tag) && stats.get(el).blocks == 0)) return false;
        ContentStats.Measure m = stats.get(el);
        if (m.text > 80) return m.linkDensity() < 0.25;
        if (m.text == 0 || m.linkText > 0) return false;
        String text = el.text();
        return text.matches(".*\\.( .*|$)");
    }
}
