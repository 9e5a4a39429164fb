package fr.liseuse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading order of a page set in two columns: the left column down, then the right one. A page has
 * two columns when a vertical gutter near its middle separates several wide pieces of text on each
 * side; text running across the gutter (a title, a wide block) splits the page into bands, each read
 * column by column. Other pages keep their rows top to bottom.
 */
final class ColumnOrder {

    /** Each side must hold this many lines, and be this wide on average (share of the text's width). */
    private static final int MIN_LINES = 3;
    private static final double MIN_WIDTH_SHARE = 0.25;
    /** The narrowest gutter that separates columns, in points. */
    private static final double MIN_GUTTER = 6;

    private ColumnOrder() { }

    static List<Row> of(List<Row> rows) {
        List<Segment> segments = new ArrayList<>();
        for (Row row : rows) segments.addAll(row.segments());
        if (segments.size() < 2 * MIN_LINES) return rows;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Segment s : segments) {
            left = Math.min(left, s.x0());
            right = Math.max(right, s.x1());
        }
        double gutter = gutter(segments, left, right);
        if (Double.isNaN(gutter)) return rows;
        List<Segment> leftSide = new ArrayList<>();
        List<Segment> rightSide = new ArrayList<>();
        for (Segment s : segments) {
            if (s.x1() <= gutter) leftSide.add(s);
            else if (s.x0() >= gutter) rightSide.add(s);
        }
        double width = right - left;
        if (!columnLike(leftSide, width) || !columnLike(rightSide, width)) return rows;
        return reordered(rows.get(0).page(), segments, gutter);
    }

    private static boolean columnLike(List<Segment> side, double width) {
        if (side.size() < MIN_LINES) return false;
        double total = 0;
        for (Segment s : side) total += s.x1() - s.x0();
        return total / side.size() >= MIN_WIDTH_SHARE * width;
    }

    /**
     * The middle of the widest run of x positions in the middle half of the text that at most a few
     * segments cross (a title over both columns may), or NaN when there is none.
     */
    private static double gutter(List<Segment> segments, double left, double right) {
        int from = (int) Math.floor(left + (right - left) * 0.25);
        int to = (int) Math.ceil(left + (right - left) * 0.75);
        int allowed = Math.max(1, segments.size() / 10);
        int bestStart = -1;
        int bestLength = 0;
        int runStart = -1;
        for (int x = from; x <= to + 1; x++) {
            boolean free = x <= to && crossing(segments, x) <= allowed;
            if (free && runStart < 0) runStart = x;
            if (!free && runStart >= 0) {
                if (x - runStart > bestLength) {
                    bestLength = x - runStart;
                    bestStart = runStart;
                }
                runStart = -1;
            }
        }
        return bestLength >= MIN_GUTTER ? bestStart + bestLength / 2.0 : Double.NaN;
    }

    private static int crossing(List<Segment> segments, double x) {
        int n = 0;
        for (Segment s : segments) if (s.x0() < x && s.x1() > x) n++;
        return n;
    }

    /** Bands between the segments that cross the gutter, each band's left column before its right one. */
    private static List<Row> reordered(int page, List<Segment> segments, double gutter) {
        List<Segment> byHeight = new ArrayList<>(segments);
        byHeight.sort(Comparator.comparingDouble(Segment::baseline).thenComparingDouble(Segment::x0));
        List<Row> out = new ArrayList<>();
        List<Segment> leftBand = new ArrayList<>();
        List<Segment> rightBand = new ArrayList<>();
        for (Segment s : byHeight) {
            if (s.x1() <= gutter) leftBand.add(s);
            else if (s.x0() >= gutter) rightBand.add(s);
            else {
                flush(page, leftBand, rightBand, out);
                out.add(new Row(page, List.of(s)));
            }
        }
        flush(page, leftBand, rightBand, out);
        return out;
    }

    private static void flush(int page, List<Segment> leftBand, List<Segment> rightBand, List<Row> out) {
        for (Segment s : leftBand) out.add(new Row(page, List.of(s)));
        for (Segment s : rightBand) out.add(new Row(page, List.of(s)));
        leftBand.clear();
        rightBand.clear();
    }
}
