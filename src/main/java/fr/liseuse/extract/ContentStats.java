package fr.liseuse.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text measures of every element under a root, computed in one walk of the tree (iterative, so any
 * depth is fine): an element's measure is complete when the walk leaves it, after its children.
 */
final class ContentStats {

    /** Measures of one element and its descendants. */
    static final class Measure {
        int start;     // non-whitespace characters of the root's text before this element
        int text;      // non-whitespace characters
        int linkText;  // of those, inside followable-looking anchors
        int commas;
        int paragraphs;
        int images;
        int items;
        int tables;    // table elements, this one included
        int rows;      // tr elements
        int inputs;
        int embeds;
        int headingText;
        int blocks;    // block-level descendants
        int prose;     // paragraphs of running text (long, few links)
        int proseText; // characters of those paragraphs

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }

        /** The offset just after this element's text. */
        int end() {
            return start + text;
        }

        private void add(Measure c, boolean block) {
            text += c.text;
            linkText += c.linkText;
            commas += c.commas;
            paragraphs += c.paragraphs;
            images += c.images;
            items += c.items;
            tables += c.tables;
            rows += c.rows;
            inputs += c.inputs;
            embeds += c.embeds;
            headingText += c.headingText;
            prose += c.prose;
            proseText += c.proseText;
            blocks += c.blocks + (block ? 1 : 0);
        }
    }

    private static final int PROSE_MIN = 120;
    private static final Measure NONE = new Measure();

    private final Map<Element, Measure> measures = new IdentityHashMap<>();

    /** Measures all elements of root. */
    static ContentStats of(Element root) {
        return of(root, null);
    }

    /**
     * Measures all elements of root; {@code visit}, when given, sees each element once its measure is
     * complete and may remove it (its measures then no longer count for its parent).
     */
    static ContentStats of(Element root, Visitor visit) {
        return of(root, visit, new ContentRemovals());
    }

    /** As {@link #of(Element, Visitor)}, noting each removal in log. */
    static ContentStats of(Element root, Visitor visit, ContentRemovals log) {
        ContentStats stats = new ContentStats();
        NodeTraversor.filter(stats.new Walk(root, visit, log), root);
        log.apply();
        return stats;
    }

    interface Visitor {
        /** @return true to remove el from the tree (done once the walk is over) */
        boolean removes(Element el, Measure m, ContentStats stats);
    }

    /** The measure of el; empty (all zero) for an element that was not measured. */
    Measure get(Element el) {
        Measure m = measures.get(el);
        return m == null ? NONE : m;
    }

    private final class Walk implements NodeFilter {
        private final Element root;
        private final Visitor visit;
        private final ContentRemovals log;
        private final Deque<Measure> open = new ArrayDeque<>();
        private int offset;

        Walk(Element root, Visitor visit, ContentRemovals log) {
            this.root = root;
            this.visit = visit;
            this.log = log;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element) {
                Measure m = new Measure();
                m.start = offset;
                open.push(m);
            } else if (node instanceof TextNode && !open.isEmpty()) {
                count(((TextNode) node).getWholeText(), open.peek());
            }
            return FilterResult.CONTINUE;
        }

        private void count(String t, Measure m) {
            int text = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c > ' ' && c != '\u00a0' && !Character.isWhitespace(c)) text++;
                if (c == ',' || c == '،' || c == '，' || c == '、') m.commas++;
            }
            m.text += text;
            offset += text;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element)) return FilterResult.CONTINUE;
            Element el = (Element) node;
            Measure m = open.pop();
            finish(el, m);
            measures.put(el, m);
            boolean removed = visit != null && el != root && visit.removes(el, m, ContentStats.this);
            if (removed) {
                log.remove(el);
                measures.remove(el);
                offset = m.start;
            } else if (!open.isEmpty()) {
                open.peek().add(m, ContentText.BLOCK_TAGS.contains(el.normalName()));
            }
            return FilterResult.CONTINUE;
        }
    }

    private static void finish(Element el, Measure m) {
        String tag = el.normalName();
        if (tag.equals("a") && el.hasAttr("href") && !el.attr("href").startsWith("#")) m.linkText = m.text;
        if ((tag.equals("p") || m.blocks == 0 && m.prose == 0 && !tag.equals("a")) && m.text >= PROSE_MIN
                && m.linkDensity() < 0.3) {
            // a paragraph's inline parts that read as prose count once, as the paragraph
            m.prose = 1;
            m.proseText = m.text;
        }
        switch (tag) {
            case "p": m.paragraphs++; break;
            case "img": m.images++; break;
            case "li": m.items++; break;
            case "table": m.tables++; break;
            case "tr": m.rows++; break;
            case "input": case "select": case "textarea": case "button": m.inputs++; break;
            case "iframe": case "embed": case "object": case "video": m.embeds++; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": m.headingText = m.text; break;
            default: break;
        }
    }
}
