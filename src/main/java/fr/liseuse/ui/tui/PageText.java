package fr.liseuse.ui.tui;

import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
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
 * link markers and the headings fall in those lines.
 *
 * @param links    the {@code [N]} markers of the main content, in reading order
 * @param headings first line of each heading (the title included)
 */
record PageText(List<String> lines, List<LinkSpot> links, List<Integer> headings) {

    /** Link N's marker {@code [N]}, at a line and a column (in terminal cells). */
    record LinkSpot(int n, int line, int column, int width) { }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,6})]");

    static PageText layout(Page page, int width, Messages messages) {
        StringBuilder text = new StringBuilder();
        try {
            new TextRenderer(width, true, messages).render(page, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        List<String> lines = text.toString().lines().toList();
        int body = bodyEnd(lines, messages.get("render.links.heading"));
        Set<Integer> numbers = new HashSet<>();
        for (Link link : page.links()) numbers.add(link.n());
        return new PageText(lines, spots(lines, body, numbers), headings(lines, body));
    }

    /** Where the closing list of links starts (its heading), or the end when there is none. */
    private static int bodyEnd(List<String> lines, String heading) {
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (lines.get(i).equals(heading) && rule(lines.get(i + 1))) return i;
        }
        return lines.size();
    }

    private static List<LinkSpot> spots(List<String> lines, int body, Set<Integer> numbers) {
        List<LinkSpot> spots = new ArrayList<>();
        for (int i = 0; i < body; i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (!numbers.contains(n)) continue;
                String before = lines.get(i).substring(0, m.start());
                spots.add(new LinkSpot(n, i, DisplayWidth.of(before), m.end() - m.start()));
            }
        }
        return spots;
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
