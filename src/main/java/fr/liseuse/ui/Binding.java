package fr.liseuse.ui;

import java.util.List;

/**
 * How one action is reached: keys in the full-screen reader, words in line mode (French and English),
 * and the message keys of its help text in line mode ({@code helpKey}) and in the full-screen reader
 * ({@code keyHelpKey}, where the two differ).
 */
public record Binding(Action action, List<String> keys, List<String> lineWords, String helpKey, String keyHelpKey) {

    public Binding {
        keys = List.copyOf(keys);
        lineWords = List.copyOf(lineWords);
    }

    /** A binding whose help text is the same in both front ends. */
    public Binding(Action action, List<String> keys, List<String> lineWords, String helpKey) {
        this(action, keys, lineWords, helpKey, helpKey);
    }
}
