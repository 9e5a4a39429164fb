package fr.liseuse.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/** A block being rebuilt from a page's rows: its lines of words, before they become text. */
sealed interface Draft {

    record Heading(int page, double size, boolean bold, List<List<Word>> lines) implements Draft { }

    record Paragraph(List<List<Word>> lines) implements Draft { }

    record Items(boolean ordered, List<List<List<Word>>> items) implements Draft { }

    record Table(List<List<String>> rows) implements Draft { }

    /** The words of a heading or paragraph, all lines together. */
    static List<Word> words(List<List<Word>> lines) {
        List<Word> all = new ArrayList<>();
        for (List<Word> line : lines) all.addAll(line);
        return all;
    }
}
