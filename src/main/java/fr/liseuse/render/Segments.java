package fr.liseuse.render;

import fr.liseuse.model.RichText;
import fr.liseuse.model.RichText.LinkMark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/** Cuts a {@link RichText} into plain runs and link anchors, ignoring marks that do not fit. */
final class Segments {

    /** A run of text; {@code link} is the link number of an anchor, 0 for plain text. */
    record Segment(String text, int link) {
        boolean isLink() { return link > 0; }
    }

    private Segments() { }

    /**
     * @param known which link numbers exist in the page; anchors of other numbers stay plain text
     */
    static List<Segment> of(RichText content, IntPredicate known) {
        String text = content.text() == null ? "" : content.text();
        List<LinkMark> marks = new ArrayList<>(content.marks());
        marks.sort(Comparator.comparingInt(LinkMark::start));
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (LinkMark mark : marks) {
            boolean fits = mark.start() >= at && mark.end() > mark.start() && mark.end() <= text.length();
            if (!fits || !known.test(mark.n())) continue;
            if (mark.start() > at) segments.add(new Segment(text.substring(at, mark.start()), 0));
            segments.add(new Segment(text.substring(mark.start(), mark.end()), mark.n()));
            at = mark.end();
        }
        if (at < text.length()) segments.add(new Segment(text.substring(at), 0));
        return segments;
    }
}
