package fr.liseuse.ui.tui;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case- and accent-insensitive form of a text with one char per char of the original, so a match
 * found in the folded text is at the same place in the original ({@code é} → {@code e}, {@code À} → {@code a}).
 */
final class Folding {

    private Folding() { }

    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            out.append(base.isEmpty() ? c : base.toLowerCase(Locale.ROOT).charAt(0));
        }
        return out.toString();
    }
}
