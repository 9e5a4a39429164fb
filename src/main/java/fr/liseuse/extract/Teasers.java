package fr.liseuse.extract;

import org.jsoup.nodes.Element;

/**
 * Whether an element belongs to a box about other pages rather than to the page's own article: a
 * navigation block, an aside with headings of its own ("Related": the titles of other articles), or
 * one item of a list of articles (an {@code li} or {@code article} with its own heading among
 * siblings of its kind). A box holding an {@code h1} is the page's own; an aside without headings
 * often holds the article's own details (author, date).
 */
final class Teasers {

    private Teasers() { }

    static boolean inTeaser(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.nameIs("nav")) return true;
            if (p.nameIs("aside") && hasOwnHeadings(p)) return true;
            if ((p.nameIs("li") || p.nameIs("article")) && hasSiblingOfItsKind(p) && hasOwnHeadings(p)) return true;
        }
        return false;
    }

    /** Headings of its own (the titles of other articles), but not the page's h1. */
    private static boolean hasOwnHeadings(Element box) {
        return box.selectFirst("h1") == null && box.selectFirst("h2, h3, h4, h5, h6") != null;
    }

    private static boolean hasSiblingOfItsKind(Element item) {
        Element parent = item.parent();
        if (parent == null) return false;
        for (Element sibling : parent.children()) {
            if (sibling != item && sibling.normalName().equals(item.normalName())) return true;
        }
        return false;
    }
}
