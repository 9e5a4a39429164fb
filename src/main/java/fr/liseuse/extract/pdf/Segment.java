package fr.liseuse.extract.pdf;

import java.util.List;

/** Words of one line standing close together: a whole line, one column's part of it, or a table cell. */
record Segment(List<Word> words) {

    Segment {
        words = List.copyOf(words);
    }

    double x0() {
        return words.get(0).x0();
    }

    double x1() {
        double x1 = x0();
        for (Word w : words) x1 = Math.max(x1, w.x1());
        return x1;
    }

    double baseline() {
        return words.get(0).baseline();
    }

    /** The size most of its letters are drawn at. */
    double size() {
        double best = 0;
        int bestChars = -1;
        for (Word w : words) {
            int chars = 0;
            for (Word other : words) if (Math.abs(other.size() - w.size()) < 0.5) chars += other.text().length();
            if (chars > bestChars) {
                bestChars = chars;
                best = w.size();
            }
        }
        return best;
    }

    boolean bold() {
        for (Word w : words) if (!w.bold()) return false;
        return true;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            if (out.length() > 0) out.append(' ');
            out.append(w.text());
        }
        return out.toString();
    }
}
