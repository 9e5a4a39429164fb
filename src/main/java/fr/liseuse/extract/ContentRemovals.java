package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements the extraction takes out of the document. Removals are gathered during a walk and
 * applied together, one rebuild per parent (removing children one by one costs a re-indexing of their
 * siblings each time: quadratic on a box of thousands of children). The child lists as they were are
 * kept, so that the document can be put back and read a second time without having been copied.
 */
final class ContentRemovals {

    private record Snapshot(Element parent, List<Node> children) { }

    private final Map<Element, Set<Node>> pending = new IdentityHashMap<>();
    private final List<Element> order = new ArrayList<>();
    private final List<Snapshot> applied = new ArrayList<>();

    /** Marks el for removal; it stays in place until {@link #apply()}. */
    void remove(Element el) {
        Element parent = el.parent();
        if (parent == null) return;
        Set<Node> children = pending.get(parent);
        if (children == null) {
            children = Collections.newSetFromMap(new IdentityHashMap<>());
            pending.put(parent, children);
            order.add(parent);
        }
        children.add(el);
    }

    /** Takes the marked elements out of the document. */
    void apply() {
        for (Element parent : order) {
            Set<Node> gone = pending.get(parent);
            List<Node> before = new ArrayList<>(parent.childNodes());
            List<Node> kept = new ArrayList<>(before.size());
            for (Node child : before) if (!gone.contains(child)) kept.add(child);
            parent.empty();
            parent.appendChildren(kept);
            applied.add(new Snapshot(parent, before));
        }
        pending.clear();
        order.clear();
    }

    /** Puts the document back as it was before the first removal. */
    void restore() {
        pending.clear();
        order.clear();
        for (int i = applied.size() - 1; i >= 0; i--) {
            Snapshot s = applied.get(i);
            s.parent().empty();
            s.parent().appendChildren(s.children());
        }
        applied.clear();
    }
}
