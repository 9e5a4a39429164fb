package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.RichText;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The last resort when finding the article failed: the whole text of the page, one paragraph per
 * block of the markup, without code, styles or links. Crude, but the reader still gets the page.
 */
final class ArticleFallback implements NodeFilter {

    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "head");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private ArticleFallback() { }

    static Article wholeText(Element body) {
        ArticleFallback fallback = new ArticleFallback();
        NodeTraversor.filter(fallback, body);
        fallback.flush();
        return new Article(fallback.blocks, List.of(), false);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
            line.append(((TextNode) node).text());
        } else if (node instanceof Element) {
            Element el = (Element) node;
            if (SILENT.contains(el.normalName())) return FilterResult.SKIP_ENTIRELY;
            if (el.isBlock()) flush();
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && ((Element) node).isBlock()) flush();
        return FilterResult.CONTINUE;
    }

    private void flush() {
        String text = Sanitizer.inline(line.toString()).strip();
        line.setLength(0);
        if (!text.isEmpty()) blocks.add(new Block.Paragraph(RichText.plain(text)));
    }
}
