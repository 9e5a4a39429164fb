package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Lists of other articles written as repeated sibling boxes: three or more siblings of the same tag and
 * classes, each opening on a heading that is wholly a link (the title of another page) and holding at
 * most one paragraph of prose (its excerpt). "Next stories", "more from this section", a blog's other
 * posts under the one being read. A box holding an {@code h1} is the page's own article, never an item.
 * Once its items are gone, a box left with no more than a label ("Our latest stories") goes too.
 */
final class TeaserLists {

    private static final int MIN_ITEMS = 3;
    private static final double WHOLE_LINK = 0.9;
    private static final int MAX_PROSE = 1;
    /** Most characters a box emptied of its teasers may keep: the list's title. */
    private static final int LABEL = 50;

    private final ContentStats stats;
    /** The teaser items among each parent's children, found once per parent. */
    private final Map<Element, Set<Element>> items = new IdentityHashMap<>();
    /** Characters of each box that went with its teasers (items, and boxes emptied of theirs). */
    private final Map<Element, Integer> gone = new IdentityHashMap<>();

    TeaserLists(ContentStats stats) {
        this.stats = stats;
    }

    /** Whether el is one item of a list of teasers; if so, it is counted as gone from its parent. */
    boolean takes(Element el) {
        Element parent = el.parent();
        if (parent == null || !items.computeIfAbsent(parent, this::itemsOf).contains(el)) return false;
        gone.merge(parent, stats.get(el).text, Integer::sum);
        return true;
    }

    /**
     * Whether el, all of whose children were seen, lost teasers and keeps no more than a label; if so,
     * it is counted as gone from its parent.
     */
    boolean emptied(Element el) {
        Integer lost = gone.get(el);
        int text = stats.get(el).text;
        if (lost == null || text - lost > LABEL || el.parent() == null) return false;
        gone.merge(el.parent(), text, Integer::sum);
        return true;
    }

    private Set<Element> itemsOf(Element parent) {
        Map<String, List<Element>> kinds = new HashMap<>();
        for (Element child : parent.children()) {
            if (teaser(child)) kinds.computeIfAbsent(child.normalName() + ' ' + child.className(), k -> new ArrayList<>()).add(child);
        }
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Element> kind : kinds.values()) if (kind.size() >= MIN_ITEMS) out.addAll(kind);
        return out;
    }

    private boolean teaser(Element box) {
        ContentStats.Measure m = stats.get(box);
        if (m.text == 0 || m.headingText == 0 || m.prose > MAX_PROSE) return false;
        Element heading = box.selectFirst("h1, h2, h3, h4, h5, h6");
        if (heading == null || heading.nameIs("h1")) return false;
        ContentStats.Measure h = stats.get(heading);
        return h.text > 0 && h.linkText >= WHOLE_LINK * h.text && box.selectFirst("h1") == null;
    }
}
