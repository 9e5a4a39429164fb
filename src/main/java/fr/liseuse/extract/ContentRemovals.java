package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A log of the elements the extraction removed from the document, so that the document can be put
 * back as it was and read a second time (cheaper than copying every page in case it is needed).
 */
final class ContentRemovals {

    private record Removal(Element parent, int index, Element element) { }

    private final List<Removal> removals = new ArrayList<>();

    /** Notes that el, still in place, is about to be removed. */
    void note(Element el) {
        Element parent = el.parent();
        if (parent != null) removals.add(new Removal(parent, el.siblingIndex(), el));
    }

    /** Puts every noted element back where it was, last removed first. */
    void restore() {
        for (int i = removals.size() - 1; i >= 0; i--) {
            Removal r = removals.get(i);
            r.parent().insertChildren(r.index(), r.element());
        }
        removals.clear();
    }
}
