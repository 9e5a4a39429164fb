package fr.liseuse.ui.tui;

import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.render.LinkAnchors;
import fr.liseuse.render.TextRenderer;
import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page laid out for the article view at one width, by the same {@link TextRenderer} as
 * {@code read --format text}, so link N and the wrapping are the same everywhere; plus where the
 * links and the headings fall in those lines.
 *
 * @param links    the links of the main content, in reading order
 * @param headings first line of each heading
 */
record PageText(List<String> lines, List<LinkSpot> links, List<Integer> headings) {

    /**
     * Link N: its words start at ({@code textLine}, char {@code textStart}) and its {@code [N]} marker
     * spans chars {@code start} to {@code end} of {@code line}.
     */
    record LinkSpot(int n, int textLine, int textStart, int line, int start, int end) {

        /** The terminal column of the first of the link's words in LINES. */
        int textColumn(List<String> lines) {
            return DisplayWidth.of(lines.get(textLine).substring(0, textStart));
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,6})]");
    /** What starts a wrapped line of a list or a quote before its words. */
    private static final Pattern LINE_PREFIX = Pattern.compile("^(?:> )?\\s*");

    /**
     * @param withTitle keep the title underlined at the top; without it the page starts with its date
     *                  line (the title row above shows the title)
     */
    static PageText layout(Page page, int width, Messages messages, boolean withTitle) {
        StringBuilder text = new StringBuilder();
        try {
            new TextRenderer(width, true, messages).render(page, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        List<String> lines = text.toString().lines().toList();
        if (!withTitle) lines = withoutTitle(page, lines);
        int body = bodyEnd(lines, messages.get("render.links.heading"));
        Set<Integer> numbers = new HashSet<>();
        for (Link link : page.links()) numbers.add(link.n());
        return new PageText(lines, spots(lines, body, numbers, LinkAnchors.of(page)), headings(lines, body));
    }

    /** LINES without the title and its {@code =} underline, when the page has a title. */
    private static List<String> withoutTitle(Page page, List<String> lines) {
        if (page.title() == null || page.title().isBlank()) return lines;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) return lines;
            if (lines.get(i).chars().allMatch(c -> c == '=')) {
                int from = i + 1;
                while (from < lines.size() && lines.get(from).isEmpty()) from++;
                return lines.subList(from, lines.size());
            }
        }
        return lines;
    }

    /** Where the closing list of links starts (its heading), or the end when there is none. */
    private static int bodyEnd(List<String> lines, String heading) {
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (lines.get(i).equals(heading) && rule(lines.get(i + 1))) return i;
        }
        return lines.size();
    }

    private static List<LinkSpot> spots(List<String> lines, int body, Set<Integer> numbers, List<LinkAnchors.Anchor> anchors) {
        List<LinkSpot> spots = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < body; i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (!numbers.contains(n)) continue;
                String words = null;
                if (next < anchors.size() && anchors.get(next).n() == n) words = anchors.get(next++).text();
                spots.add(textStart(lines, n, i, m.start(), m.end(), words));
            }
        }
        return spots;
    }

    /**
     * Walks back from the marker over WORDS, across line breaks and the prefixes of wrapped lines, to
     * where the words start; the marker itself when they cannot be found there (or are unknown).
     */
    private static LinkSpot textStart(List<String> lines, int n, int line, int start, int end, String words) {
        LinkSpot marker = new LinkSpot(n, line, start, line, start, end);
        if (words == null || words.isBlank()) return marker;
        int l = line;
        int at = start;   // the chars before AT on line L are still to match
        int found = start;
        int foundLine = line;
        for (int k = words.length() - 1; k >= 0; k--) {
            char wanted = words.charAt(k);
            if (Character.isWhitespace(wanted)) continue;
            while (true) {
                int prefix = prefixEnd(lines.get(l));
                while (at > prefix && Character.isWhitespace(lines.get(l).charAt(at - 1))) at--;
                if (at > prefix) break;
                if (l == 0 || lines.get(l - 1).isEmpty()) return marker;
                l--;
                at = lines.get(l).length();
            }
            if (lines.get(l).charAt(at - 1) != wanted) return marker;
            at--;
            found = at;
            foundLine = l;
        }
        return new LinkSpot(n, foundLine, found, line, start, end);
    }

    /** Where the words of a wrapped line start, after the indent or quote mark. */
    static int prefixEnd(String line) {
        Matcher m = LINE_PREFIX.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    private static List<Integer> headings(List<String> lines, int body) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < Math.min(body + 1, lines.size()); i++) {
            if (!rule(lines.get(i)) || lines.get(i - 1).isEmpty() || rule(lines.get(i - 1))) continue;
            int start = i - 1;
            while (start > 0 && !lines.get(start - 1).isEmpty() && !rule(lines.get(start - 1))) start--;
            starts.add(start);
        }
        return starts;
    }

    /** An underline of {@code =} or {@code -}, as the text renderer draws under titles and headings. */
    private static boolean rule(String line) {
        return !line.isEmpty() && (line.chars().allMatch(c -> c == '=') || line.chars().allMatch(c -> c == '-'));
    }
}
