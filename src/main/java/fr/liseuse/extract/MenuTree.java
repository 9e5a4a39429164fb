package fr.liseuse.extract;

import fr.liseuse.model.MenuEntry;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a navigation element as a tree of entries: each {@code li} of its outer lists is an entry,
 * labelled by its link (or by the button or text that opens its submenu), with the items of the
 * lists nested inside it as children. Depth is capped; the DOM is only read.
 */
final class MenuTree {

    static final int MAX_DEPTH = 6;
    // Parsed once: select(String) parses its selector again on every call, for every menu item.
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator LABEL_TAGS = QueryParser.parse("a, button, span, strong, b, p, h2, h3, h4, h5, div");
    private static final Evaluator LISTS = QueryParser.parse("ul, ol");

    private final String baseUri;

    MenuTree(String baseUri) {
        this.baseUri = baseUri;
    }

    List<MenuEntry> read(Element root) {
        List<Element> lists = outerLists(root);
        if (lists.isEmpty()) return flatLinks(root);
        return itemsOf(lists, 1);
    }

    private List<MenuEntry> itemsOf(List<Element> lists, int depth) {
        List<MenuEntry> entries = new ArrayList<>();
        for (Element list : lists) {
            for (Element li : list.children()) {
                if (li.normalName().equals("li") && !isHidden(li)) entries.addAll(entry(li, depth));
            }
        }
        return entries;
    }

    /** One entry, or its children when it has no label of its own. */
    private List<MenuEntry> entry(Element li, int depth) {
        List<Element> sublists = outerLists(li);
        Element labelElement = labelOf(li, sublists);
        String label = Sanitizer.inline(labelElement == null ? li.ownText() : labelElement.text());
        String url = labelElement != null && labelElement.normalName().equals("a") ? urlOf(labelElement) : null;
        List<MenuEntry> children = depth < MAX_DEPTH ? itemsOf(sublists, depth + 1) : List.of();
        if (label.isEmpty()) return children;
        return List.of(new MenuEntry(label, url, children));
    }

    private static Element labelOf(Element li, List<Element> sublists) {
        Element link = firstOutside(li.select(LINKS), li, sublists);
        if (link != null && !Sanitizer.inline(link.text()).isEmpty()) return link;
        return firstOutside(li.select(LABEL_TAGS), li, sublists);
    }

    private static Element firstOutside(List<Element> found, Element li, List<Element> sublists) {
        for (Element e : found) {
            if (e == li || isHidden(e) || Sanitizer.inline(e.text()).isEmpty()) continue;
            if (insideAny(e, sublists, li) || containsAny(e, sublists, li)) continue;
            return e;
        }
        return null;
    }

    private static boolean insideAny(Element e, List<Element> lists, Element stop) {
        for (Element a = e; a != null && a != stop; a = a.parent()) {
            if (lists.contains(a)) return true;
        }
        return false;
    }

    /** A wrapper around a submenu is not a label: its text holds the submenu's. */
    private static boolean containsAny(Element e, List<Element> lists, Element stop) {
        for (Element list : lists) {
            for (Element a = list.parent(); a != null && a != stop; a = a.parent()) {
                if (a == e) return true;
            }
        }
        return false;
    }

    private String urlOf(Element link) {
        String href = link.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#")) return null;
        return Urls.resolve(baseUri, href).map(Sanitizer::inline).orElse(null);
    }

    private List<MenuEntry> flatLinks(Element root) {
        List<MenuEntry> entries = new ArrayList<>();
        for (Element a : root.select(LINKS)) {
            String label = Sanitizer.inline(a.text());
            if (!label.isEmpty() && !isHidden(a)) entries.add(new MenuEntry(label, urlOf(a), List.of()));
        }
        return entries;
    }

    /** The lists under {@code root} that no other list under {@code root} contains. */
    private static List<Element> outerLists(Element root) {
        if (root.normalName().equals("ul") || root.normalName().equals("ol")) return List.of(root);
        List<Element> outer = new ArrayList<>();
        for (Element list : root.select(LISTS)) {
            if (list == root) continue;
            boolean nested = false;
            for (Element a = list.parent(); a != null && a != root; a = a.parent()) {
                if (a.normalName().equals("ul") || a.normalName().equals("ol")) {
                    nested = true;
                    break;
                }
            }
            if (!nested) outer.add(list);
        }
        return outer;
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true");
    }
}
