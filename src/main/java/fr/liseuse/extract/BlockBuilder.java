package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.RichText;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns content elements into typed blocks in reading order, with an explicit work stack (no
 * recursion, whatever the nesting). Runs of inline nodes between block elements become paragraphs.
 */
final class BlockBuilder {

    private static final Set<String> USELESS_ALT = Set.of("image", "photo", "logo", "icon", "icone", "icône",
            "illustration", "img", "picture", "thumbnail", "avatar", "visuel", "banner", "banniere", "bannière");

    private static final Set<String> TABLE_PARTS = Set.of("caption", "colgroup", "col", "thead", "tbody", "tfoot",
            "tr");

    private final ContentLinks links;
    private final ContentStats stats;
    private final List<Block> blocks = new ArrayList<>();

    private BlockBuilder(ContentLinks links, ContentStats stats) {
        this.links = links;
        this.stats = stats;
    }

    static List<Block> build(List<Element> roots, ContentLinks links, ContentStats stats) {
        BlockBuilder builder = new BlockBuilder(links, stats);
        Deque<Object> work = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) work.push(roots.get(i));
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof Element) {
                builder.element((Element) next, work);
            } else {
                @SuppressWarnings("unchecked")
                List<Node> run = (List<Node>) next;
                builder.paragraph(run);
            }
        }
        return builder.blocks;
    }

    private void element(Element el, Deque<Object> work) {
        String tag = el.normalName();
        switch (tag) {
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
                add(new Block.Heading(tag.charAt(1) - '0', ContentText.of(el, links)));
                return;
            case "p": case "pre": case "figcaption": case "dt": case "dd": case "caption":
                if (!add(new Block.Paragraph(ContentText.of(el, links)))) images(el);
                return;
            case "ul": case "ol": case "dl":
                list(el, tag.equals("ol"));
                return;
            case "blockquote":
                add(new Block.Quote(ContentText.of(el, links)));
                return;
            case "table":
                if (layout(el)) {
                    descend(el, work);
                } else {
                    table(el);
                }
                return;
            case "img":
                image(el);
                return;
            case "hr": case "br":
                return;
            default:
                if (stats.get(el).blocks == 0) {
                    if (!add(new Block.Paragraph(ContentText.of(el, links)))) images(el);
                } else {
                    descend(el, work);
                }
        }
    }

    /** Pushes el's children: block-holding ones as elements, runs of inline ones as paragraphs. */
    private void descend(Element el, Deque<Object> work) {
        List<Object> parts = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node child : el.childNodes()) {
            boolean inline = child instanceof TextNode
                    || child instanceof Element && !ContentText.BLOCK_TAGS.contains(((Element) child).normalName())
                    && stats.get((Element) child).blocks == 0 && !((Element) child).nameIs("img");
            if (inline) {
                run.add(child);
            } else if (child instanceof Element) {
                if (!run.isEmpty()) {
                    parts.add(run);
                    run = new ArrayList<>();
                }
                parts.add(child);
            }
        }
        if (!run.isEmpty()) parts.add(run);
        for (int i = parts.size() - 1; i >= 0; i--) work.push(parts.get(i));
    }

    private void paragraph(List<Node> run) {
        RichText text = ContentText.of(run, links, false);
        if (!add(new Block.Paragraph(text))) {
            for (Node n : run) if (n instanceof Element) images((Element) n);
        }
    }

    private void list(Element el, boolean ordered) {
        List<RichText> items = new ArrayList<>();
        for (Element child : el.children()) {
            String tag = child.normalName();
            if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
                RichText item = ContentText.of(child, links);
                if (!item.text().isBlank()) items.add(item);
            }
        }
        if (!items.isEmpty()) blocks.add(new Block.ListBlock(ordered, items));
    }

    /**
     * A table used for page layout rather than data: nested tables, cells holding paragraphs, or
     * content that is not in rows at all (left there by broken markup).
     */
    private boolean layout(Element table) {
        for (Element child : table.children()) {
            if (!TABLE_PARTS.contains(child.normalName())) return true;
        }
        ContentStats.Measure m = stats.get(table);
        if (m.tables > 1 || m.paragraphs >= 2 || m.items > 0) return true;
        return m.rows <= 1 || m.text > 3000 && m.paragraphs > 0;
    }

    private void table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.getElementsByTag("tr")) {
            if (nearestTable(tr) != table) continue;
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) cells.add(Sanitizer.inline(cell.text()));
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) rows.add(cells);
        }
        if (!rows.isEmpty()) blocks.add(new Block.Table(rows));
    }

    private static Element nearestTable(Element el) {
        Element p = el.parent();
        while (p != null && !p.nameIs("table")) p = p.parent();
        return p;
    }

    private void images(Element el) {
        if (el.nameIs("img")) {
            image(el);
            return;
        }
        for (Element img : el.getElementsByTag("img")) image(img);
    }

    private void image(Element img) {
        String alt = Sanitizer.inline(img.attr("alt"));
        if (!meaningful(alt) || tiny(img)) return;
        String src = img.attr("src");
        if (src.isBlank() || src.startsWith("data:")) src = img.attr("data-src");
        String url = links.target(src).orElse(null);
        blocks.add(new Block.Image(alt, url));
    }

    private static boolean meaningful(String alt) {
        if (alt.length() < 4 || alt.codePoints().noneMatch(Character::isLetter)) return false;
        String lower = alt.toLowerCase(Locale.ROOT);
        return !USELESS_ALT.contains(lower) && !lower.matches(".*\\.(jpe?g|png|gif|webp|svg|avif)$");
    }

    private static boolean tiny(Element img) {
        return small(img.attr("width")) || small(img.attr("height"));
    }

    private static boolean small(String size) {
        try {
            return !size.isBlank() && Integer.parseInt(size.replace("px", "").strip()) < 50;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean add(Block block) {
        if (block.plainText().isBlank()) return false;
        blocks.add(block);
        return true;
    }
}
