package fr.liseuse.model;

import java.util.List;

/**
 * Text of a block with the places where links of the main content sit in it, so each renderer can
 * show link N its own way ({@code [N]} in text, {@code [text](url)} in Markdown).
 *
 * @param marks ordered, non-overlapping character ranges of {@code text}
 */
public record RichText(String text, List<LinkMark> marks) {

    public RichText {
        marks = List.copyOf(marks);
    }

    public static RichText plain(String text) {
        return new RichText(text, List.of());
    }

    /** Characters {@code [start, end)} of the text are the anchor of link number {@code n}. */
    public record LinkMark(int start, int end, int n) { }
}
