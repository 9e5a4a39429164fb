package fr.liseuse.extract;

import fr.liseuse.model.RichText;
import fr.liseuse.text.Sanitizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Joins the inline content of nodes as a browser renders it: source whitespace collapses to one
 * space, {@code <br>} and block boundaries become a newline, nothing is added between adjacent
 * inline elements. Anchors of followable links become {@link RichText.LinkMark}s.
 */
final class ContentText implements NodeVisitor {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "details",
            "dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "center", "summary", "menu");
    /**
     * A soft hyphen marks where a browser may break a word at the end of a line, and shows only there.
     * liseuse wraps lines itself and never there; left in, it splits the word for a screen reader and
     * for a search of the text ("Wäh\u00adrend").
     */
    private static final char SOFT_HYPHEN = '\u00ad';

    private final ContentLinks links;
    private final boolean preformatted;
    private final StringBuilder out = new StringBuilder();
    private final List<RichText.LinkMark> marks = new ArrayList<>();
    private boolean space;
    private boolean lineBreak;
    private Element anchor;
    private String anchorUrl;
    private int anchorStart = -1;

    private ContentText(ContentLinks links, boolean preformatted) {
        this.links = links;
        this.preformatted = preformatted;
    }

    static RichText of(List<? extends Node> nodes, ContentLinks links, boolean preformatted) {
        ContentText text = new ContentText(links, preformatted);
        for (Node node : nodes) NodeTraversor.traverse(text, node);
        return text.result();
    }

    static RichText of(Element element, ContentLinks links) {
        return of(List.of(element), links, element.nameIs("pre"));
    }

    /** Letters and digits only, lower case, accents removed: for loose comparisons of titles. */
    static String loose(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(c);
        }
        return out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode) {
            append(((TextNode) node).getWholeText());
            return;
        }
        if (!(node instanceof Element)) return;
        Element el = (Element) node;
        String tag = el.normalName();
        if (tag.equals("br")) {
            lineBreak = true;
        } else if (BLOCK_TAGS.contains(tag)) {
            if (out.length() > 0) lineBreak = true;
        } else if (tag.equals("td") || tag.equals("th")) {
            space = true;
        } else if (tag.equals("a") && anchor == null && el.hasAttr("href")) {
            anchorUrl = links == null ? null : links.target(el.attr("href")).orElse(null);
            if (anchorUrl != null) {
                anchor = el;
                anchorStart = -1;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element)) return;
        Element el = (Element) node;
        if (el == anchor) {
            if (anchorStart >= 0 && anchorStart < out.length()) {
                String label = out.substring(anchorStart);
                int n = links.number(anchorUrl, label);
                marks.add(new RichText.LinkMark(anchorStart, out.length(), n));
            }
            anchor = null;
            anchorUrl = null;
        } else if (BLOCK_TAGS.contains(el.normalName()) && out.length() > 0) {
            lineBreak = true;
        }
    }

    private void append(String raw) {
        String s = Sanitizer.clean(raw);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (preformatted && c == '\n') {
                lineBreak = true;
            } else if (!preformatted && (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b')) {
                space = true;
            } else if (c == SOFT_HYPHEN) {
                continue;
            } else {
                emit(c);
            }
        }
    }

    private void emit(char c) {
        if (out.length() > 0) {
            if (lineBreak) {
                out.append('\n');
            } else if (space) {
                out.append(' ');
            }
        }
        space = false;
        lineBreak = false;
        if (anchor != null && anchorStart < 0) anchorStart = out.length();
        out.append(c);
    }

    private RichText result() {
        return new RichText(out.toString(), marks);
    }
}
