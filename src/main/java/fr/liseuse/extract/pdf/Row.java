package fr.liseuse.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/** One line of a page as read: its segments left to right (several when it is a table row). */
record Row(int page, List<Segment> segments) {

    Row {
        segments = List.copyOf(segments);
    }

    double baseline() {
        return segments.get(0).baseline();
    }

    double x0() {
        return segments.get(0).x0();
    }

    double x1() {
        return segments.get(segments.size() - 1).x1();
    }

    double size() {
        return segments.get(0).size();
    }

    boolean bold() {
        return asOne().bold();
    }

    List<Word> words() {
        List<Word> all = new ArrayList<>();
        for (Segment s : segments) all.addAll(s.words());
        return all;
    }

    String text() {
        return asOne().text();
    }

    private Segment asOne() {
        return new Segment(words());
    }
}
