package fr.liseuse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups a page's words into rows (same baseline), and each row into segments split at wide gaps. */
final class PageRows {

    /** Words on baselines closer than this share a row, as a fraction of their size. */
    private static final double SAME_LINE = 0.4;
    /** A gap wider than this many times the font size separates columns or table cells. */
    private static final double WIDE_GAP = 1.2;

    private PageRows() { }

    static List<Row> of(PageText page) {
        List<Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
        List<Row> rows = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        for (Word w : words) {
            if (!row.isEmpty() && Math.abs(w.baseline() - row.get(0).baseline())
                    > SAME_LINE * Math.max(w.size(), row.get(0).size())) {
                rows.add(row(page.number(), row));
                row = new ArrayList<>();
            }
            row.add(w);
        }
        if (!row.isEmpty()) rows.add(row(page.number(), row));
        return rows;
    }

    private static Row row(int page, List<Word> words) {
        words.sort(Comparator.comparingDouble(Word::x0));
        List<Segment> segments = new ArrayList<>();
        List<Word> segment = new ArrayList<>();
        for (Word w : words) {
            if (!segment.isEmpty()) {
                Word previous = segment.get(segment.size() - 1);
                boolean afterMarker = segment.size() == 1 && ListMarkers.isMarker(previous.text());
                if (!afterMarker && w.x0() - previous.x1() > WIDE_GAP * Math.max(w.size(), previous.size())) {
                    segments.add(new Segment(segment));
                    segment = new ArrayList<>();
                }
            }
            segment.add(w);
        }
        segments.add(new Segment(segment));
        return new Row(page, segments);
    }
}
