package fr.liseuse.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins the lines of a block into one text, re-joining words the typesetter cut at a line's end:
 * "hospita-" + "lier" is "hospitalier", a soft hyphen always goes, and a hyphen stays where the word is
 * written with it elsewhere in the document ("peut-" + "être" is "peut-être") or where the next line
 * starts with a capital or a digit ("Saint-" + "Étienne"). A hyphen inside a line is never touched.
 */
final class LineJoiner {

    /** Characters {@code [start, end)} of the text sit under a link to url. */
    record Span(int start, int end, String url) { }

    /** A block's text with the places of its links. */
    record Joined(String text, List<Span> spans) { }

    private final Set<String> hyphenatedWords;

    /** @param hyphenatedWords words written with an inner hyphen somewhere in the document, lower case */
    LineJoiner(Set<String> hyphenatedWords) {
        this.hyphenatedWords = hyphenatedWords;
    }

    Joined join(List<List<Word>> lines) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        Word previous = null;
        boolean lineStart = false;
        for (List<Word> line : lines) {
            lineStart = true;
            for (Word w : line) {
                if (previous != null) {
                    if (lineStart && cutAtLineEnd(previous.text(), w.text())) {
                        if (!keepsHyphen(previous.text(), w.text())) dropLastChar(text, spans);
                    } else {
                        text.append(' ');
                    }
                }
                int start = text.length();
                text.append(w.text());
                if (w.url() != null) addSpan(spans, start, text.length(), w.url());
                previous = w;
                lineStart = false;
            }
        }
        return new Joined(text.toString(), spans);
    }

    private static void dropLastChar(StringBuilder text, List<Span> spans) {
        text.setLength(text.length() - 1);
        if (spans.isEmpty()) return;
        Span last = spans.get(spans.size() - 1);
        if (last.end() > text.length()) spans.set(spans.size() - 1, new Span(last.start(), text.length(), last.url()));
    }

    private static void addSpan(List<Span> spans, int start, int end, String url) {
        if (!spans.isEmpty()) {
            Span last = spans.get(spans.size() - 1);
            if (last.url().equals(url) && start - last.end() <= 1) {
                spans.set(spans.size() - 1, new Span(last.start(), end, url));
                return;
            }
        }
        spans.add(new Span(start, end, url));
    }

    private static boolean cutAtLineEnd(String before, String after) {
        if (before.length() < 2 || after.isEmpty()) return false;
        char last = before.charAt(before.length() - 1);
        if (last != '-' && last != '\u2010' && last != '\u00AD') return false;
        return Character.isLetter(before.charAt(before.length() - 2)) && Character.isLetterOrDigit(after.charAt(0));
    }

    private boolean keepsHyphen(String before, String after) {
        char last = before.charAt(before.length() - 1);
        if (last == '\u00AD') return false;
        if (!Character.isLowerCase(after.charAt(0))) return true;
        String compound = (before + after).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", "");
        return hyphenatedWords.contains(compound);
    }

    /** The words with an inner hyphen ("peut-être") found on any line, lower case, without punctuation. */
    static void collectHyphenated(List<Word> words, Set<String> into) {
        for (Word w : words) {
            String t = w.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", "");
            int dash = t.indexOf('-');
            if (dash > 0 && dash < t.length() - 1) into.add(t);
        }
    }
}
