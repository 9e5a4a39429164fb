package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The people who wrote the article. Markup first, in order of trust: JSON-LD authors typed as
 * people, then other JSON-LD authors, then author meta tags (Dublin Core creator before the loose {@code name=author}), then
 * elements marked as the author; last, a visible "By …"/"Par …"/"Von …" line under the headline.
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
            if (Teasers.inTeaser(outer)) continue;
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

    /** A mark's name: its links to the authors' pages when it has some, else its text. */
    private String markName(Element mark) {
        if (mark.text().length() > MAX_LINE * 2) return null;
        List<String> linked = new ArrayList<>();
        for (Element a : mark.select("a")) {
            String name = person(a.text());
            if (name != null && !linked.contains(name)) linked.add(name);
        }
        return linked.isEmpty() ? person(mark.text()) : String.join(", ", linked);
    }

    /** A short "By Jane Smith" line following the headline, outside teasers. */
    private String fromLine(Element headline) {
        if (headline == null) return null;
        Element at = headline;
        for (int seen = 0; seen < LINE_WINDOW; seen++) {
            at = next(at);
            if (at == null) return null;
            if (!PersonName.hasLead(firstText(at))) continue;
            String text = at.text();
            if (text.length() > MAX_LINE || Teasers.inTeaser(at)) continue;
            String name = person(text);
            if (name == null || !PersonName.startsLikeName(name)) continue;
            Element link = at.selectFirst("a");
            boolean linkedName = link != null && !link.text().isBlank() && name.startsWith(link.text().strip());
            return linkedName ? markName(at) : name;
        }
        return null;
    }

    /**
     * The element's first words: its first text that is not blank, found without building the text
     * of the whole element (most elements after a headline are large and start with no byline word).
     */
    private static String firstText(Element el) {
        Node node = el;
        while (node != null) {
            if (node instanceof TextNode && !((TextNode) node).isBlank()) return ((TextNode) node).text().strip();
            node = node.childNodeSize() > 0 ? node.childNode(0) : following(node, el);
        }
        return "";
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
