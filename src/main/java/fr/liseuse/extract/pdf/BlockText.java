package fr.liseuse.extract.pdf;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.RichText;
import fr.liseuse.text.Sanitizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns drafts into the page's blocks and its one numbered link table: headings get levels from
 * their sizes (the largest is level 2, the title being level 1), lines are joined ({@link LineJoiner}),
 * and links come from the link annotations over words and from addresses written in the text.
 */
final class BlockText {

    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"«»]+");
    private static final String TRAILING = ".,;:!?)]}'\"»”’";

    private final LineJoiner joiner;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    BlockText(LineJoiner joiner) {
        this.joiner = joiner;
    }

    List<Block> blocks(List<Draft> drafts) {
        List<Double> headingSizes = headingSizes(drafts);
        List<Block> blocks = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft instanceof Draft.Heading h) {
                RichText text = rich(h.lines());
                if (!text.text().isBlank()) blocks.add(new Block.Heading(level(headingSizes, h.size()), text));
            } else if (draft instanceof Draft.Paragraph p) {
                RichText text = rich(p.lines());
                if (!text.text().isBlank()) blocks.add(new Block.Paragraph(text));
            } else if (draft instanceof Draft.Items l) {
                List<RichText> items = new ArrayList<>();
                for (List<List<Word>> item : l.items()) {
                    RichText text = rich(item);
                    if (!text.text().isBlank()) items.add(text);
                }
                if (!items.isEmpty()) blocks.add(new Block.ListBlock(l.ordered(), items));
            } else if (draft instanceof Draft.Table t) {
                List<List<String>> rows = new ArrayList<>();
                for (List<String> row : t.rows()) rows.add(row.stream().map(Sanitizer::inline).toList());
                blocks.add(new Block.Table(rows));
            }
        }
        return blocks;
    }

    List<Link> links() {
        return List.copyOf(links);
    }

    /** Plain text of a draft's lines, as {@link #blocks} would join them. */
    String plain(List<List<Word>> lines) {
        return Sanitizer.inline(joiner.join(lines).text());
    }

    private static List<Double> headingSizes(List<Draft> drafts) {
        TreeSet<Double> sizes = new TreeSet<>();
        for (Draft d : drafts) if (d instanceof Draft.Heading h) sizes.add(Math.round(h.size() * 2) / 2.0);
        return new ArrayList<>(sizes.descendingSet());
    }

    private static int level(List<Double> sizes, double size) {
        int index = sizes.indexOf(Math.round(size * 2) / 2.0);
        return Math.min(6, 2 + Math.max(0, index));
    }

    private RichText rich(List<List<Word>> lines) {
        LineJoiner.Joined joined = joiner.join(lines);
        String text = joined.text();
        String clean = Sanitizer.inline(text);
        if (!clean.equals(text)) return RichText.plain(clean);  // offsets no longer hold; keep the words
        List<RichText.LinkMark> marks = new ArrayList<>();
        List<LineJoiner.Span> spans = new ArrayList<>(joined.spans());
        Matcher m = URL_IN_TEXT.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
            int start = m.start();
            int stop = end;
            if (spans.stream().noneMatch(s -> s.start() < stop && start < s.end())) {
                String written = text.substring(start, end);
                String url = written.toLowerCase(Locale.ROOT).startsWith("www.") ? "https://" + written : written;
                spans.add(new LineJoiner.Span(start, end, url));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (LineJoiner.Span span : spans) {
            String url = followable(span.url());
            if (url == null || span.end() <= span.start()) continue;
            marks.add(new RichText.LinkMark(span.start(), span.end(), number(url, text.substring(span.start(), span.end()))));
        }
        return new RichText(text, marks);
    }

    private int number(String url, String anchor) {
        return numbers.computeIfAbsent(url, u -> {
            links.add(new Link(links.size() + 1, Sanitizer.inline(anchor), u));
            return links.size();
        });
    }

    /** The address when a reader can follow it (web, mail, phone), clean; else null. */
    private static String followable(String raw) {
        String url = Sanitizer.inline(raw);
        try {
            String scheme = new URI(url.replace(" ", "%20")).getScheme();
            if (scheme == null) return null;
            scheme = scheme.toLowerCase(Locale.ROOT);
            boolean ok = scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel");
            return ok ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
