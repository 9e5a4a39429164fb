package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The people who wrote the article. Markup first, in order of trust: JSON-LD authors typed as
 * people, then other JSON-LD authors, then author meta tags (Dublin Core creator before the loose {@code name=author}), then
 * elements marked as the author; then a visible "By …"/"Par …"/"Von …" line under the headline; last,
 * elements whose class name speaks of the author in the style sheet's own words.
 * A value naming the site or its publisher is not a byline, and neither is anything in a teaser
 * for another article.
 */
final class BylineFinder {

    private static final String[] META_KEYS = {"dc:creator", "dc.creator", "dcterms:creator", "dcterms.creator",
        "dcterm:creator", "article:author", "og:article:author", "author", "parsely-author", "sailthru.author"};
    /** How far after the headline a byline line is looked for, in elements. */
    private static final int LINE_WINDOW = 400;
    private static final int MAX_LINE = 100;

    private final Set<String> organisations = new HashSet<>();

    private BylineFinder(String... organisationNames) {
        for (String name : organisationNames) if (name != null) organisations.add(ContentText.loose(name));
        organisations.remove("");
    }

    /** The byline, or null when the page names no person. */
    static String find(MetadataTags tags, MetadataLinkedData ld, String site) {
        BylineFinder finder = new BylineFinder(site, ld.publisher());
        // a page typing its author as a Person is believed even when the name is also the site's
        String name = PersonName.clean(ld.authors(true));
        if (name == null) name = finder.person(ld.authors(false));
        for (int i = 0; name == null && i < META_KEYS.length; i++) name = finder.person(tags.meta(META_KEYS[i]));
        if (name == null) name = finder.fromMarks(tags.authorMarks());
        if (name == null) name = finder.fromLine(tags.headline());
        if (name == null) name = finder.fromMarks(tags.authorClassMarks());
        return name;
    }

    private String person(String raw) {
        String name = PersonName.clean(raw);
        return name == null || organisations.contains(ContentText.loose(name)) ? null : name;
    }

    /**
     * The names in the first marked byline outside teasers. A mark holding other marks (a byline box
     * holding {@code itemprop=name} spans) gives the names of its innermost marks.
     */
    private String fromMarks(List<Element> marks) {
        for (int i = 0; i < marks.size(); i++) {
            Element outer = marks.get(i);
            if (Teasers.inTeaser(outer) || inFigure(outer)) continue;
            List<String> names = new ArrayList<>();
            int j = i;
            for (; j < marks.size() && (j == i || isAncestor(outer, marks.get(j))); j++) {
                Element mark = marks.get(j);
                if (j + 1 < marks.size() && isAncestor(mark, marks.get(j + 1))) continue;
                String name = markName(mark);
                if (name != null && !names.contains(name)) names.add(name);
            }
            if (!names.isEmpty()) return String.join(", ", names);
            i = j - 1;
        }
        return null;
    }

    /**
     * A mark's name: its links to the authors' pages when it has some, else its text. A mark whose
     * link names the site, its publisher or a role ("Redaction") names nobody: its other words are
     * labels.
     */
    private String markName(Element mark) {
        if (mark.text().length() > MAX_LINE * 2) return null;
        List<String> linked = new ArrayList<>();
        for (Element a : mark.select("a")) {
            String name = PersonName.clean(a.text());
            if (name == null ? PersonName.isPlaceholder(a.text()) : organisations.contains(ContentText.loose(name))) {
                return null;
            }
            if (name != null && !linked.contains(name)) linked.add(name);
        }
        return linked.isEmpty() ? person(spacedText(mark)) : String.join(", ", linked);
    }

    /** A short "By Jane Smith" line following the headline, outside teasers. */
    private String fromLine(Element headline) {
        if (headline == null) return null;
        Element at = headline;
        for (int seen = 0; seen < LINE_WINDOW; seen++) {
            at = next(at);
            if (at == null) return null;
            TextNode lead = firstText(at);
            if (lead == null || !PersonName.hasLead(lead.text().strip()) || Teasers.inTeaser(at)) continue;
            String name = lineName(lead, at);
            if (name != null) return name;
        }
        return null;
    }

    /**
     * The names of the smallest element around a byline word that holds a name too: "By" may stand
     * alone in a span of its own, and the box around the name may also hold share buttons or a date.
     */
    private String lineName(TextNode lead, Element outermost) {
        for (Element box = lead.parent(); box != null; box = box.parent()) {
            String text = spacedText(box);
            if (text.length() > MAX_LINE) return null;
            String name = person(text);
            if (name != null) {
                if (!PersonName.readsLikeNames(name)) return null;
                Element link = box.selectFirst("a");
                boolean linkedName = link != null && !link.text().isBlank() && name.startsWith(link.text().strip());
                return linkedName ? markName(box) : name;
            }
            if (box == outermost) return null;
        }
        return null;
    }

    /**
     * The element's text with a space where one element ends and the next begins between two
     * letters: {@code <span>By</span><a>Jane Smith</a>} reads "By Jane Smith", as a reader sees it,
     * where the DOM's own text glues "ByJane Smith".
     */
    private static String spacedText(Element el) {
        StringBuilder out = new StringBuilder();
        boolean[] boundary = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    String text = ((TextNode) node).getWholeText();
                    if (text.isEmpty()) return;
                    if (boundary[0] && out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                            && Character.isLetterOrDigit(text.charAt(0))) {
                        out.append(' ');
                    }
                    out.append(text);
                    boundary[0] = false;
                } else {
                    boundary[0] = true;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof TextNode)) boundary[0] = true;
            }
        }, el);
        return out.toString();
    }

    /** Image credits ("Photo: Jane Smith") are marked as authors too, of the image. */
    private static boolean inFigure(Element el) {
        for (Element p = el; p != null; p = p.parent()) {
            if (p.nameIs("figure") || p.nameIs("figcaption")) return true;
        }
        return false;
    }

    /**
     * The element's first text that is not blank, found without building the text of the whole
     * element (most elements after a headline are large and start with no byline word), or null.
     */
    private static TextNode firstText(Element el) {
        Node node = el;
        while (node != null) {
            if (node instanceof TextNode && !((TextNode) node).isBlank()) return (TextNode) node;
            node = node.childNodeSize() > 0 ? node.childNode(0) : following(node, el);
        }
        return null;
    }

    /** The node after this one inside root, skipping its descendants, or null at the end of root. */
    private static Node following(Node node, Element root) {
        for (Node at = node; at != null && at != root; at = at.parent()) {
            if (at.nextSibling() != null) return at.nextSibling();
        }
        return null;
    }

    /** The element after this one in document order, descendants first. */
    private static Element next(Element el) {
        Element child = el.firstElementChild();   // not child(0): that builds and caches the list of all children
        if (child != null) return child;
        for (Element at = el; at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) return sibling;
        }
        return null;
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }
}
