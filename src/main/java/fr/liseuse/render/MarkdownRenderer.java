package fr.liseuse.render;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.model.SearchResult;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CommonMark with GitHub tables: {@code #} title, headings by level, lists, quotes, tables,
 * images, and links inline as {@code [text](url)}. Literal text is escaped so it reads back as
 * written. Never wrapped.
 */
public final class MarkdownRenderer implements Renderer {

    private final boolean showLinks;
    private final Messages messages;

    /** Words (date line, result count) in French, the primary language. */
    public MarkdownRenderer(boolean showLinks) {
        this(showLinks, Messages.french());
    }

    public MarkdownRenderer(boolean showLinks, Messages messages) {
        this.showLinks = showLinks;
        this.messages = messages;
    }

    @Override
    public void render(Page page, Appendable out) throws IOException {
        LineBuffer lines = new LineBuffer(true, Emphasis.NONE, out);
        try {
            layOut(page, lines);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        lines.end();
    }

    private void layOut(Page page, LineBuffer lines) {
        if (!blank(page.title())) lines.line("# " + heading(MarkdownText.inline(oneLine(page.title()))));
        String meta = Metadata.line(page, Metadata.ofPage(page, messages));
        if (meta != null) {
            lines.gap();
            lines.line("*" + MarkdownText.inline(oneLine(meta)) + "*");
        }
        Map<Integer, String> urls = new HashMap<>();
        for (Link link : page.links()) urls.put(link.n(), link.url());
        if (page.kind() == PageKind.SEARCH_RESULTS) results(page, lines);
        if (page.kind() != PageKind.SEARCH_RESULTS || page.results().isEmpty()) {
            for (Block block : Metadata.body(page)) block(block, urls, lines);
        }
    }

    private void results(Page page, LineBuffer lines) {
        int count = page.resultCount() != null ? page.resultCount() : page.results().size();
        lines.gap();
        lines.line(MarkdownText.lineStart(messages.get("render.results.count", count)));
        lines.gap();
        int n = 0;
        for (SearchResult result : page.results()) {
            n++;
            String title = MarkdownText.inline(oneLine(result.title()));
            String entry = blank(result.url()) ? title
                    : "[" + title + "](" + MarkdownText.destination(result.url()) + ")";
            if (!blank(result.snippet())) entry += " — " + MarkdownText.inline(oneLine(result.snippet()));
            lines.line(n + ". " + entry);
        }
    }

    private void block(Block block, Map<Integer, String> urls, LineBuffer lines) {
        if (block instanceof Block.Heading h) {
            String text = oneLine(inline(h.content(), urls));
            if (text.isBlank()) return;
            lines.gap();
            lines.line("#".repeat(Math.max(2, Math.min(6, h.level()))) + " " + heading(text));
        } else if (block instanceof Block.Paragraph p) {
            prefixed(inline(p.content(), urls), "", "", lines);
        } else if (block instanceof Block.ListBlock list) {
            List<String> items = new ArrayList<>();
            for (RichText item : list.items()) {
                String text = inline(item, urls);
                if (!text.isBlank()) items.add(text);
            }
            if (items.isEmpty()) return;
            lines.gap();
            for (int i = 0; i < items.size(); i++) {
                String marker = list.ordered() ? (i + 1) + ". " : "- ";
                itemLines(items.get(i), marker, lines);
            }
        } else if (block instanceof Block.Quote q) {
            prefixed(inline(q.content(), urls), "> ", ">", lines);
        } else if (block instanceof Block.Table table) {
            table(table, lines);
        } else if (block instanceof Block.Image image) {
            if (blank(image.alt()) && blank(image.url())) return;
            lines.gap();
            String alt = blank(image.alt()) ? "" : MarkdownText.inline(oneLine(image.alt()));
            lines.line("![" + alt + "](" + (blank(image.url()) ? "" : MarkdownText.destination(image.url())) + ")");
        }
    }

    /** A block of text whose own line breaks become hard breaks, each line after {@code prefix}. */
    private static void prefixed(String text, String prefix, String blankPrefix, LineBuffer lines) {
        if (text.isBlank()) return;
        lines.gap();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            String line = MarkdownText.lineStart(parts[i]);
            boolean last = i == parts.length - 1;
            if (line.isEmpty()) {
                lines.line(blankPrefix);
            } else {
                boolean nextBlank = !last && parts[i + 1].isBlank();
                lines.line(prefix + line + (last || nextBlank ? "" : "\\"));
            }
        }
    }

    private static void itemLines(String text, String marker, LineBuffer lines) {
        String indent = " ".repeat(marker.length());
        String[] parts = text.strip().split("\\s*\n\\s*");
        for (int i = 0; i < parts.length; i++) {
            String hardBreak = i == parts.length - 1 ? "" : "\\";
            lines.line((i == 0 ? marker : indent) + MarkdownText.lineStart(parts[i]) + hardBreak);
        }
    }

    /** A GitHub table: the first row is the header; every row gets the same number of cells. */
    private static void table(Block.Table table, LineBuffer lines) {
        List<List<String>> rows = table.rows().stream()
                .filter(row -> row.stream().anyMatch(cell -> !blank(cell))).toList();
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        lines.gap();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                String text = MarkdownText.inline(oneLine(cell)).replace("|", "\\|");
                line.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
            }
            lines.line(line.toString());
            if (r == 0) lines.line("|" + " --- |".repeat(columns));
        }
    }

    /** Escaped text with links inline, or plain anchors when links are off. */
    private String inline(RichText content, Map<Integer, String> urls) {
        StringBuilder out = new StringBuilder();
        for (Segments.Segment segment : Segments.of(content, n -> showLinks && urls.containsKey(n))) {
            String text = MarkdownText.inline(segment.text());
            if (segment.isLink()) {
                out.append('[').append(text).append("](")
                        .append(MarkdownText.destination(urls.get(segment.link()))).append(')');
            } else {
                out.append(text);
            }
        }
        return out.toString();
    }

    /** A closing run of {@code #} would be read as the end of the heading marker. */
    private static String heading(String text) {
        return text.endsWith("#") ? text.substring(0, text.length() - 1) + "\\#" : text;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ').strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
