package fr.liseuse.render;

import java.util.List;

/**
 * A page laid out as plain-text lines, as {@link TextRenderer} writes them, with the index of the
 * first line of each heading (the page's title included), in order: what line mode needs to read a
 * page from a line or from a heading.
 */
public record TextLayout(List<String> lines, List<Integer> headings) {

    public TextLayout {
        lines = List.copyOf(lines);
        headings = List.copyOf(headings);
    }
}
