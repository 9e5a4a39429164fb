package fr.liseuse.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text measures of every element under a root, computed bottom-up in one pass (no recursion): the
 * elements in reverse document order see each child before its parent.
 */
final class ContentStats {

    /** Measures of one element and its descendants. */
    static final class Measure {
        int text;      // non-whitespace characters
        int linkText;  // of those, inside followable-looking anchors
        int commas;
        int paragraphs;
        int images;
        int items;
        int inputs;
        int embeds;
        int headingText;
        int blocks;    // block-level descendants
        int prose;     // paragraphs of running text (long, few links)

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }
    }

    private final Map<Element, Measure> measures = new IdentityHashMap<>();

    /** Measures all elements of root; {@code visit}, when given, sees each element after its children. */
    static ContentStats of(Element root, Visitor visit) {
        ContentStats stats = new ContentStats();
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element el = all.get(i);
            Measure m = stats.measureOwn(el);
            stats.measures.put(el, m);
            if (visit != null && el != root && visit.removes(el, m, stats)) el.remove();
        }
        return stats;
    }

    interface Visitor {
        /** @return true to remove el from the tree (its measures then no longer count for its parent) */
        boolean removes(Element el, Measure m, ContentStats stats);
    }

    Measure get(Element el) {
        Measure m = measures.get(el);
        return m == null ? new Measure() : m;
    }

    private Measure measureOwn(Element el) {
        Measure m = new Measure();
        String tag = el.normalName();
        boolean anchor = tag.equals("a") && el.hasAttr("href") && !el.attr("href").startsWith("#");
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode) {
                String t = ((TextNode) child).getWholeText();
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (!Character.isWhitespace(c) && c != '\u00a0') m.text++;
                    if (c == ',' || c == '،' || c == '，' || c == '、') m.commas++;
                }
            } else if (child instanceof Element) {
                Measure c = measures.get(child);
                if (c == null) continue;
                m.text += c.text;
                m.linkText += c.linkText;
                m.commas += c.commas;
                m.paragraphs += c.paragraphs;
                m.images += c.images;
                m.items += c.items;
                m.inputs += c.inputs;
                m.embeds += c.embeds;
                m.headingText += c.headingText;
                m.prose += c.prose;
                m.blocks += c.blocks + (ContentText.BLOCK_TAGS.contains(((Element) child).normalName()) ? 1 : 0);
            }
        }
        if (anchor) m.linkText = m.text;
        if ((tag.equals("p") || m.blocks == 0 && m.prose == 0 && !tag.equals("a")) && m.text >= 120
                && m.linkDensity() < 0.3) {
            m.prose++;
        }
        switch (tag) {
            case "p": m.paragraphs++; break;
            case "img": m.images++; break;
            case "li": m.items++; break;
            case "input": case "select": case "textarea": case "button": m.inputs++; break;
            case "iframe": case "embed": case "object": case "video": m.embeds++; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": m.headingText = m.text; break;
            default: break;
        }
        return m;
    }
}
