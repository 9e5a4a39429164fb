package fr.liseuse.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Applies the selectors of a site profile to a document. Selectors come from user files, so one
 * that does not parse is treated as matching nothing and the heuristics take over.
 */
final class HintSelectors {

    private HintSelectors() { }

    static List<Element> select(Document doc, String selector) {
        if (selector == null || selector.isBlank()) return List.of();
        try {
            return doc.select(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException bad) {
            return List.of();
        }
    }

    /** Whether selector parses; profiles check theirs with it to warn about a typo once. */
    static boolean parses(String selector) {
        try {
            Selector.evaluatorOf(selector);
            return true;
        } catch (Selector.SelectorParseException | IllegalArgumentException bad) {
            return false;
        }
    }

    static void remove(Document doc, List<String> selectors) {
        for (String selector : selectors) {
            for (Element e : select(doc, selector)) {
                if (e != doc.body() && e.parent() != null && !e.normalName().equals("html")) e.remove();
            }
        }
    }
}
