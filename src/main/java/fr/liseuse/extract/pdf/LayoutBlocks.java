package fr.liseuse.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds blocks from rows in reading order: headings (large or bold lines), list items (a marker,
 * then lines indented under it), tables (several rows whose cells line up), and paragraphs, whose
 * lines are joined while they follow at the usual line distance, and across a page or column break
 * while the sentence is not finished.
 */
final class LayoutBlocks {

    private final TextStyle style;
    private final List<Draft> drafts = new ArrayList<>();
    /** The block being filled, its rows' lines, and the row it ended on. */
    private Draft open;
    private List<List<Word>> lines;
    private List<List<List<Word>>> items;
    private Row last;
    private double blockX0;
    private double blockX1;

    private LayoutBlocks(TextStyle style) {
        this.style = style;
    }

    static List<Draft> of(List<Row> rows, TextStyle style) {
        LayoutBlocks blocks = new LayoutBlocks(style);
        for (int i = 0; i < rows.size(); ) i = blocks.add(rows, i);
        blocks.close();
        return blocks.drafts;
    }

    /** Takes the row at i (or a table starting there); returns the index of the next row to take. */
    private int add(List<Row> rows, int i) {
        Row row = rows.get(i);
        if (row.segments().size() > 1) {
            int end = TableRows.end(rows, i, style);
            Optional<Draft.Table> table = end - i >= 2 ? TableRows.table(rows.subList(i, end)) : Optional.empty();
            if (table.isPresent()) {
                close();
                drafts.add(table.get());
                return end;
            }
        }
        if (style.headingLike(row)) addHeading(row);
        else {
            Optional<ListMarkers.Item> item = ListMarkers.item(row.text());
            if (item.isPresent()) addItem(row, item.get());
            else addLine(row);
        }
        return i + 1;
    }

    private void addHeading(Row row) {
        if (open instanceof Draft.Heading h && Math.abs(h.size() - row.size()) < 0.5 && h.bold() == row.bold()
                && style.nextLine(last, row)) {
            extend(row, row.words());
            return;
        }
        close();
        lines = new ArrayList<>();
        open = new Draft.Heading(row.page(), row.size(), row.bold(), lines);
        start(row, row.words());
    }

    private void addItem(Row row, ListMarkers.Item item) {
        List<Word> words = withoutMarker(row.words(), row.text().length() - item.text().length());
        boolean sameList = open instanceof Draft.Items list && list.ordered() == item.ordered()
                && (follows(row, 2.2) || row.page() != last.page());
        if (!sameList) {
            close();
            items = new ArrayList<>();
            open = new Draft.Items(item.ordered(), items);
        }
        lines = new ArrayList<>();
        items.add(lines);
        start(row, words);
    }

    private void addLine(Row row) {
        // an item's next line: indented under its text, or not (simpler layouts) while its sentence goes on
        if (open instanceof Draft.Items && style.nextLine(last, row)
                && (row.x0() > blockX0 + 0.3 * row.size() || !endsSentence())) {
            extend(row, row.words());
            return;
        }
        if (open instanceof Draft.Paragraph && continues(row)) {
            extend(row, row.words());
            return;
        }
        close();
        lines = new ArrayList<>();
        open = new Draft.Paragraph(lines);
        start(row, row.words());
    }

    /** Whether a plain row goes on with the paragraph being filled. */
    private boolean continues(Row row) {
        if (!TextStyle.near(row.size(), last.size())) return false;
        if (style.nextLine(last, row)) {
            if (!endsSentence()) return true;
            boolean indented = row.x0() > blockX0 + row.size();
            boolean shortLast = last.x1() < blockX1 - 3 * row.size();
            return !indented && !shortLast;
        }
        boolean flowBreak = row.page() != last.page() || row.baseline() <= last.baseline();
        return flowBreak && !endsSentence();
    }

    private boolean follows(Row row, double lines) {
        double delta = row.baseline() - last.baseline();
        return row.page() == last.page() && delta > 0 && delta <= style.lineStep() * row.size() * lines;
    }

    private boolean endsSentence() {
        List<Word> lastLine = lines.get(lines.size() - 1);
        String text = lastLine.get(lastLine.size() - 1).text();
        char end = text.charAt(text.length() - 1);
        return ".!?:;…»\"”)".indexOf(end) >= 0;
    }

    private void start(Row row, List<Word> words) {
        blockX0 = row.x0();
        blockX1 = row.x1();
        extend(row, words);
    }

    private void extend(Row row, List<Word> words) {
        if (!words.isEmpty()) lines.add(words);
        blockX1 = Math.max(blockX1, row.x1());
        last = row;
    }

    private void close() {
        if (open != null) drafts.add(open);
        open = null;
    }

    /** The words of a list item's first line without its marker ({@code chars} characters with spaces). */
    private static List<Word> withoutMarker(List<Word> words, int chars) {
        List<Word> out = new ArrayList<>(words);
        int left = chars;
        while (!out.isEmpty() && left > 0) {
            Word first = out.get(0);
            if (first.text().length() + 1 <= left) {
                out.remove(0);
                left -= first.text().length() + 1;
            } else {
                int cut = Math.min(left, first.text().length());
                String rest = first.text().substring(cut);
                out.set(0, new Word(rest, first.x0(), first.x1(), first.baseline(), first.size(), first.bold(), first.url()));
                if (rest.isEmpty()) out.remove(0);
                left = 0;
            }
        }
        return out;
    }
}
