package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The lead of an article (standfirst, "chapô", "Vorspann", "entradilla"): a short passage named so by
 * its class or id that sits just before the article body, often inside the page header the filter
 * removes. Candidates are noted before the filter runs; once the body is found, the nearest one
 * ending shortly before it is its lead.
 */
final class ArticleLead {

    private static final Set<String> WORDS = Set.of("lead", "leadin", "intro", "introduction", "summary",
            "chapo", "chapeau", "accroche", "standfirst", "abstract", "excerpt", "perex", "sommario",
            "epigraph", "deck", "dek", "subtitle", "subheadline", "subhead", "vorspann", "anriss", "einleitung",
            "teasertext", "entradilla", "bajada", "sumario", "resumen", "descripcion", "kurztext");
    private static final int MIN_TEXT = 40;
    private static final int MAX_TEXT = 1500;
    /** Text allowed between the lead and the body: headline, date, byline, a photo caption. */
    private static final int MAX_GAP = 600;

    private final List<Element> candidates;
    private final ContentStats page;

    private ArticleLead(List<Element> candidates, ContentStats page) {
        this.candidates = candidates;
        this.page = page;
    }

    /** Notes the lead-like elements of body, measured in page; call before anything is removed. */
    static ArticleLead candidates(Element body, ContentStats page) {
        List<Element> found = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (el.className().isEmpty() && el.id().isEmpty()) continue;
            ContentStats.Measure m = page.get(el);
            if (m.text < MIN_TEXT || m.text > MAX_TEXT || m.linkDensity() > 0.3 || m.items > 0) continue;
            if (named(el) && !BoilerplateVocabulary.hidden(el)) found.add(el);
        }
        return new ArticleLead(found, page);
    }

    private static boolean named(Element el) {
        for (String w : BoilerplateVocabulary.words(el)) if (WORDS.contains(w)) return true;
        return false;
    }

    /** The lead of the body that starts with first, unless first already holds it. */
    Element before(Element first) {
        int start = page.get(first).start;
        Element best = null;
        for (Element c : candidates) {
            ContentStats.Measure m = page.get(c);
            if (m.end() > start || start - m.end() > MAX_GAP) continue;
            if (c == first || first.parents().contains(c)) continue;
            if (best == null || m.end() > page.get(best).end()
                    || m.end() == page.get(best).end() && m.start > page.get(best).start) {
                best = c;
            }
        }
        return best;
    }
}
