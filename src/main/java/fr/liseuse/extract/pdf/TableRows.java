package fr.liseuse.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tables where columns are clear: consecutive rows of several segments whose segments fall in the
 * same columns (the columns of the row with the most cells), no two cells of a row in one column.
 */
final class TableRows {

    private TableRows() { }

    /** The index after the last row of the run of multi-cell rows starting at i. */
    static int end(List<Row> rows, int i, TextStyle style) {
        int j = i + 1;
        while (j < rows.size()) {
            Row above = rows.get(j - 1);
            Row row = rows.get(j);
            double delta = row.baseline() - above.baseline();
            boolean close = row.page() == above.page() && delta > 0 && delta <= style.lineStep() * row.size() * 2.5;
            if (row.segments().size() < 2 || !close) break;
            j++;
        }
        return j;
    }

    static Optional<Draft.Table> table(List<Row> rows) {
        Row widest = rows.get(0);
        for (Row row : rows) if (row.segments().size() > widest.segments().size()) widest = row;
        List<Segment> columns = widest.segments();
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            String[] line = new String[columns.size()];
            Arrays.fill(line, "");
            for (Segment s : row.segments()) {
                int column = column(columns, s);
                if (column < 0 || !line[column].isEmpty()) return Optional.empty();
                line[column] = s.text();
            }
            cells.add(List.of(line));
        }
        return Optional.of(new Draft.Table(cells));
    }

    /** The column the segment overlaps most, or -1 when it overlaps none. */
    private static int column(List<Segment> columns, Segment s) {
        int best = -1;
        double bestOverlap = 0;
        for (int c = 0; c < columns.size(); c++) {
            Segment col = columns.get(c);
            double left = c == 0 ? Double.NEGATIVE_INFINITY : (columns.get(c - 1).x1() + col.x0()) / 2;
            double right = c == columns.size() - 1 ? Double.POSITIVE_INFINITY : (col.x1() + columns.get(c + 1).x0()) / 2;
            double overlap = Math.min(right, s.x1()) - Math.max(left, s.x0());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = c;
            }
        }
        return best;
    }
}
