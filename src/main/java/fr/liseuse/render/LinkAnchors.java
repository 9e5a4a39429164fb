package fr.liseuse.render;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The anchors of a page's links in the order the text renderer writes their {@code [N]} markers, with
 * the words each marker follows: where a reader's cursor goes to focus a link (the start of its
 * words, not the marker).
 */
public final class LinkAnchors {

    /** Link N's words as they appear in the text. */
    public record Anchor(int n, String text) { }

    private LinkAnchors() { }

    public static List<Anchor> of(Page page) {
        List<Anchor> anchors = new ArrayList<>();
        if (page.kind() == PageKind.SEARCH_RESULTS && !page.results().isEmpty()) return anchors;
        Set<Integer> numbers = page.links().stream().map(Link::n).collect(Collectors.toSet());
        for (Block block : Metadata.body(page)) {
            for (RichText content : texts(block)) {
                for (Segments.Segment s : Segments.of(content, numbers::contains)) {
                    if (s.isLink()) anchors.add(new Anchor(s.link(), s.text()));
                }
            }
        }
        return anchors;
    }

    /** The texts of a block that carry link markers in text output (tables and images carry none). */
    private static List<RichText> texts(Block block) {
        if (block instanceof Block.Heading h) return List.of(h.content());
        if (block instanceof Block.Paragraph p) return List.of(p.content());
        if (block instanceof Block.Quote q) return List.of(q.content());
        if (block instanceof Block.ListBlock l) return l.items();
        return List.of();
    }
}
