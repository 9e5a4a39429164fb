package fr.liseuse.ui;

import java.util.List;

/**
 * How one action is reached: keys in the full-screen reader, words in line mode (French and English),
 * and the message key of its help text.
 */
public record Binding(Action action, List<String> keys, List<String> lineWords, String helpKey) {

    public Binding {
        keys = List.copyOf(keys);
        lineWords = List.copyOf(lineWords);
    }
}
