package fr.liseuse.extract.pdf;

import java.util.List;

/** The words of one page (form values and link targets included), with the page's size in points. */
record PageText(int number, double width, double height, List<Word> words) {

    PageText {
        words = List.copyOf(words);
    }
}
