package fr.liseuse.render;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.model.SearchResult;
import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plain text for reading in a terminal or with a screen reader: the title underlined with
 * {@code =}, headings underlined with {@code -}, paragraphs wrapped, lists and quotes with a
 * hanging indent, link N's anchor followed by {@code [N]} and the links listed at the end.
 * Never leaves trailing spaces; writes no escape sequence but the {@link Emphasis} it is given.
 */
public final class TextRenderer implements Renderer {

    private static final String COLUMN_GAP = " | ";
    /**
     * Spoken tables: a row reads as one line of "header: value" pairs when it fits in these columns
     * (a narrow terminal), else one line per cell.
     */
    private static final int ROW_LINE_COLUMNS = 60;

    private final int width;
    private final boolean showLinks;
    private final Messages messages;
    private final boolean spoken;
    private final Emphasis emphasis;

    /**
     * @param width     columns per line; 0 means no wrapping
     * @param showLinks false: no {@code [N]} markers and no list of links
     */
    public TextRenderer(int width, boolean showLinks, Messages messages) {
        this(width, showLinks, messages, false);
    }

    /**
     * @param spoken for screen-reader line mode: headings without the {@code =} and {@code -} lines
     *               under them (read as noise), tables read row by row as "header: value" pairs, and
     *               the metadata line in the UI language (its transcripts are its own to change)
     */
    public TextRenderer(int width, boolean showLinks, Messages messages, boolean spoken) {
        this(width, showLinks, messages, spoken, Emphasis.NONE);
    }

    /** @param emphasis bold headings and faint metadata, or none */
    public TextRenderer(int width, boolean showLinks, Messages messages, Emphasis emphasis) {
        this(width, showLinks, messages, false, emphasis);
    }

    private TextRenderer(int width, boolean showLinks, Messages messages, boolean spoken, Emphasis emphasis) {
        this.width = Math.max(0, width);
        this.showLinks = showLinks;
        this.messages = messages;
        this.spoken = spoken;
        this.emphasis = emphasis;
    }

    @Override
    public void render(Page page, Appendable out) throws IOException {
        LineBuffer lines = new LineBuffer(!spoken, emphasis, out);
        try {
            layOut(page, lines);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        lines.end();
    }

    /** The lines {@link #render} writes, with where the headings start. */
    public TextLayout layout(Page page) {
        LineBuffer lines = new LineBuffer(!spoken, emphasis);
        layOut(page, lines);
        return lines.layout();
    }

    private void layOut(Page page, LineBuffer lines) {
        if (!blank(page.title())) lines.heading(page.title(), width, '=');
        String meta = Metadata.line(page, spoken ? messages : Metadata.ofPage(page, messages));
        if (meta != null) lines.faint(meta, width);
        Set<Integer> linkNumbers = page.links().stream().map(Link::n).collect(Collectors.toSet());
        if (page.kind() == PageKind.SEARCH_RESULTS) {
            results(page, lines);
        }
        if (page.kind() != PageKind.SEARCH_RESULTS || page.results().isEmpty()) {
            for (Block block : Metadata.body(page)) {
                block(block, linkNumbers, lines);
            }
        }
        if (showLinks && !page.links().isEmpty()) {
            lines.gap();
            lines.heading(messages.get("render.links.heading"), width, '-');
            for (Link link : page.links()) {
                lines.line("[" + link.n() + "] " + link.url());
            }
        }
    }

    private void results(Page page, LineBuffer lines) {
        int count = page.resultCount() != null ? page.resultCount() : page.results().size();
        lines.gap();
        lines.wrapped(messages.get("render.results.count", count), width, "", "");
        int n = 0;
        for (SearchResult result : page.results()) {
            n++;
            String marker = n + ". ";
            String indent = " ".repeat(DisplayWidth.of(marker));
            lines.gap();
            lines.wrapped(result.title(), width, marker, indent);
            if (!blank(result.url())) lines.line(indent + result.url());
            if (!blank(result.snippet())) lines.wrapped(result.snippet(), width, indent, indent);
        }
    }

    private void block(Block block, Set<Integer> linkNumbers, LineBuffer lines) {
        if (block instanceof Block.Heading heading) {
            String text = marked(heading.content(), linkNumbers);
            if (blank(text)) return;
            lines.gap();
            lines.heading(text, width, '-');
        } else if (block instanceof Block.Paragraph paragraph) {
            String text = marked(paragraph.content(), linkNumbers);
            if (blank(text)) return;
            lines.gap();
            lines.wrapped(text, width, "", "");
        } else if (block instanceof Block.ListBlock list) {
            list(list, linkNumbers, lines);
        } else if (block instanceof Block.Quote quote) {
            String text = marked(quote.content(), linkNumbers);
            if (blank(text)) return;
            lines.gap();
            lines.wrapped(text, width, "> ", "> ");
        } else if (block instanceof Block.Table table) {
            if (spoken) pairs(table, lines);
            else table(table, lines);
        } else if (block instanceof Block.Image image) {
            lines.gap();
            lines.wrapped(blank(image.alt()) ? messages.get("render.image.noAlt")
                    : messages.get("render.image", image.alt()), width, "", "");
        }
    }

    private void list(Block.ListBlock list, Set<Integer> linkNumbers, LineBuffer lines) {
        List<String> items = new ArrayList<>();
        for (RichText item : list.items()) {
            String text = marked(item, linkNumbers);
            if (!blank(text)) items.add(text);
        }
        if (items.isEmpty()) return;
        lines.gap();
        for (int i = 0; i < items.size(); i++) {
            String marker = list.ordered() ? (i + 1) + ". " : "- ";
            lines.wrapped(items.get(i), width, marker, " ".repeat(marker.length()));
        }
    }

    /** Aligned columns when they fit in the width, else one {@code cell | cell} line per row. */
    private void table(Block.Table table, LineBuffer lines) {
        List<List<String>> rows = rows(table);
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
        }
        int total = COLUMN_GAP.length() * (columns - 1);
        for (int w : widths) total += w;
        boolean aligned = width == 0 || total <= width;
        lines.gap();
        for (List<String> row : rows) {
            if (aligned) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    String cell = c < row.size() ? row.get(c) : "";
                    if (c > 0) line.append(COLUMN_GAP);
                    line.append(cell).append(" ".repeat(widths[c] - DisplayWidth.of(cell)));
                }
                lines.line(line.toString());
            } else {
                packedRow(row, lines);
            }
        }
    }

    /**
     * A table as a screen reader needs it: each row after the first (taken as the header row, which
     * the model does not mark) as "header: value" pairs, empty cells left out; one line per row when
     * every row fits in {@link #ROW_LINE_COLUMNS}, else one line per cell, each row's first pair
     * leading and the others indented under it. A table of one row is read as its cells.
     */
    private void pairs(Block.Table table, LineBuffer lines) {
        List<List<String>> rows = rows(table);
        if (rows.isEmpty()) return;
        List<String> header = rows.size() > 1 ? rows.get(0) : List.of();
        List<List<String>> read = new ArrayList<>();
        for (List<String> row : rows.size() > 1 ? rows.subList(1, rows.size()) : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String label = c < header.size() ? header.get(c) : "";
                if (row.get(c).isEmpty()) continue;
                cells.add(label.isEmpty() ? row.get(c) : messages.get("render.table.pair", label, row.get(c)));
            }
            if (!cells.isEmpty()) read.add(cells);
        }
        List<String> rowLines = read.stream().map(this::rowLine).toList();
        boolean oneLinePerRow = rowLines.stream().allMatch(l -> DisplayWidth.of(l) <= ROW_LINE_COLUMNS);
        lines.gap();
        for (int r = 0; r < read.size(); r++) {
            if (oneLinePerRow) {
                lines.wrapped(rowLines.get(r), width, "", "  ");
                continue;
            }
            List<String> cells = read.get(r);
            for (int c = 0; c < cells.size(); c++) lines.wrapped(cells.get(c), width, c == 0 ? "" : "  ", "  ");
        }
    }

    private String rowLine(List<String> cells) {
        String line = cells.get(0);
        for (String cell : cells.subList(1, cells.size())) line = messages.get("render.table.next", line, cell);
        return line;
    }

    /** The rows of a table with their cells on one line each, rows without text left out. */
    private static List<List<String>> rows(Block.Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<String> cells = row.stream().map(TextRenderer::oneLine).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) rows.add(cells);
        }
        return rows;
    }

    /**
     * One row as {@code cell | cell}, going down a line (indented) before a cell that does not
     * fit, so a line break falls between cells rather than inside one where possible.
     */
    private void packedRow(List<String> row, LineBuffer lines) {
        String indent = "  ";
        String separator = COLUMN_GAP.stripTrailing();
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int room = width - indent.length(); // every piece may get the hanging indent when it wraps
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            int after = c == row.size() - 1 ? 0 : separator.length(); // room for a closing " |"
            if (piece.length() == 0) {
                piece.append(cell);
            } else if (DisplayWidth.of(piece) + COLUMN_GAP.length() + DisplayWidth.of(cell) + after <= room) {
                piece.append(COLUMN_GAP).append(cell);
            } else {
                pieces.add(piece + separator);
                piece.setLength(0);
                piece.append(cell);
            }
        }
        pieces.add(piece.toString());
        for (int i = 0; i < pieces.size(); i++) {
            lines.wrapped(pieces.get(i), width, i == 0 ? "" : indent, indent);
        }
    }

    private String marked(RichText content, Set<Integer> linkNumbers) {
        if (!showLinks) return content.text() == null ? "" : content.text();
        StringBuilder text = new StringBuilder();
        for (Segments.Segment segment : Segments.of(content, linkNumbers::contains)) {
            text.append(segment.text());
            if (segment.isLink()) text.append('[').append(segment.link()).append(']');
        }
        return text.toString();
    }

    private static String oneLine(String cell) {
        return cell == null ? "" : cell.replace('\n', ' ').replace('\t', ' ').strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
