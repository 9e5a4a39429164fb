package fr.liseuse.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * First pass over the whole page: removes what is never main content (scripts, forms of search,
 * navigation, hidden parts, furniture named so by its class or role), in one top-down walk. An
 * element holding a large share of the page's text is kept whatever its name says: wrappers are
 * often named oddly ("no-sidebar").
 */
final class BoilerplateFilter implements NodeFilter {

    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "dialog", "link",
            "meta", "map", "audio", "video", "source", "picture-source");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "form");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");

    /** Share of the page's text (or of its running prose) that makes a box more than furniture. */
    private static final double LARGE = 0.35;

    private final ContentStats stats;
    private final double total;
    private final int prose;
    private final boolean names;
    private final ContentRemovals log;

    private BoilerplateFilter(ContentStats stats, ContentStats.Measure page, boolean names, ContentRemovals log) {
        this.stats = stats;
        this.total = Math.max(1, page.text);
        this.prose = page.proseText;
        this.names = names;
        this.log = log;
    }

    /**
     * Removes the furniture of the page under body, measured beforehand in page.
     *
     * @param names whether class and id names count (a second, lenient reading ignores them)
     * @param log   where removals are noted
     */
    static void clean(Element body, ContentStats page, boolean names, ContentRemovals log) {
        NodeTraversor.filter(new BoilerplateFilter(page, page.get(body), names, log), body);
        log.apply();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element) || depth == 0) return FilterResult.CONTINUE;
        if (!removes((Element) node)) return FilterResult.CONTINUE;
        log.remove((Element) node);
        return FilterResult.SKIP_ENTIRELY;
    }

    private boolean removes(Element el) {
        String tag = el.normalName();
        if (NEVER.contains(tag)) return true;
        if (tag.equals("body") || tag.equals("html")) return false;
        double share = stats.get(el).text / total;
        // readers never see a hidden box; the lenient reading keeps a large one, for pages that hide
        // their whole article until a script shows it
        if (BoilerplateVocabulary.hidden(el)) return names || share < LARGE;
        if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(el.attr("role"))) {
            return share < LARGE || !holdsProse(el);
        }
        if (tag.equals("header")) return share < LARGE && !hasLongParagraph(el);
        if (tag.equals("article") || tag.equals("main") || !names) return false;
        List<String> words = BoilerplateVocabulary.words(el);
        // HTML's own caption element counts as a box named "caption" (a strong furniture word) does
        boolean caption = tag.equals("figcaption");
        if (words.isEmpty() && !caption || RunningText.inSentence(el)) return false;
        if (wrapsTheArticle(el, words)) return false;
        if (BoilerplateVocabulary.hard(words)) return share < 0.5 || amidProse(el);
        boolean prose = stats.get(el).prose >= 3;
        if (caption || BoilerplateVocabulary.strong(words)) return share < 0.5 && !prose;
        if (BoilerplateVocabulary.weak(words)) {
            return share < 0.3 && !prose && !BoilerplateVocabulary.positive(words);
        }
        return false;
    }

    /**
     * A wrapper named both for content and for furniture ("entry share", "content__sharingContainer",
     * "article isPaywall") that holds most of the page's running prose: the name describes its
     * parts, not itself.
     */
    private boolean wrapsTheArticle(Element el, List<String> words) {
        ContentStats.Measure m = stats.get(el);
        return m.prose > 0 && m.proseText * 2 > prose && BoilerplateVocabulary.positive(words);
    }

    /**
     * Whether a large box marked as furniture holds a fair share of the page's running prose, as a
     * wrapper named oddly does; a long list of links or names under an {@code aside} does not.
     */
    private boolean holdsProse(Element el) {
        return prose == 0 || stats.get(el).proseText >= LARGE * prose;
    }

    /**
     * Whether el sits in the flow of an article's running prose, with a paragraph of it before and
     * another after: a gallery or comment thread set there is an insert into the article, however
     * large, not the article itself (a photo essay's gallery is not followed by more of the story).
     */
    private boolean amidProse(Element el) {
        return proseAmong(el.previousElementSibling(), true) && proseAmong(el.nextElementSibling(), false);
    }

    private boolean proseAmong(Element sibling, boolean before) {
        for (Element s = sibling; s != null; s = before ? s.previousElementSibling() : s.nextElementSibling()) {
            if (stats.get(s).prose > 0) return true;
        }
        return false;
    }

    private static boolean hasLongParagraph(Element el) {
        for (Element p : el.getElementsByTag("p")) if (p.text().length() >= 120) return true;
        return false;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
    }
}
