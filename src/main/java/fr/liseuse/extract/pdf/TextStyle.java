package fr.liseuse.extract.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body text's style, measured over the whole document: the size most letters are drawn at,
 * whether the body is bold, and the usual distance between its lines as a multiple of that size.
 */
record TextStyle(double bodySize, boolean bodyBold, double lineStep) {

    private static final double DEFAULT_STEP = 1.2;

    static TextStyle of(List<Row> rows) {
        Map<Long, Integer> charsBySize = new HashMap<>();
        int boldChars = 0;
        int allChars = 0;
        for (Row row : rows) {
            for (Word w : row.words()) {
                charsBySize.merge(Math.round(w.size() * 2), w.text().length(), Integer::sum);
                allChars += w.text().length();
                if (w.bold()) boldChars += w.text().length();
            }
        }
        double body = mode(charsBySize, 24) / 2.0;
        Map<Long, Integer> steps = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Row a = rows.get(i - 1);
            Row b = rows.get(i);
            double delta = b.baseline() - a.baseline();
            if (a.page() == b.page() && near(a.size(), body) && near(b.size(), body) && delta > 0 && delta < 3 * body) {
                steps.merge(Math.round(delta / body * 20), 1, Integer::sum);
            }
        }
        double step = steps.isEmpty() ? DEFAULT_STEP : mode(steps, 24) / 20.0;
        return new TextStyle(body, boldChars * 2 > allChars, step);
    }

    private static long mode(Map<Long, Integer> counts, long fallback) {
        long best = fallback;
        int bestCount = -1;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    static boolean near(double size, double other) {
        return Math.abs(size - other) <= Math.max(0.5, other * 0.08);
    }

    /** Large or bold text standing alone: a heading. */
    boolean headingLike(Row row) {
        if (row.size() >= bodySize * 1.15) return true;
        return !bodyBold && row.bold() && row.size() >= bodySize * 0.95 && row.text().length() <= 120;
    }

    /** Whether the next row follows on the line below, close enough to belong to the same block. */
    boolean nextLine(Row above, Row below) {
        double delta = below.baseline() - above.baseline();
        double size = Math.max(above.size(), below.size());
        return above.page() == below.page() && delta > 0 && delta <= lineStep * size * 1.3;
    }
}
