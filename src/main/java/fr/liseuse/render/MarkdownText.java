package fr.liseuse.render;

import java.util.regex.Pattern;

/**
 * Escapes literal text so Markdown shows it as written: characters that would start emphasis,
 * code, links, HTML or entities inline, and line starts that would make a heading, quote, list,
 * rule or code block (trafilatura#914 shows what goes wrong otherwise). Accents and ordinary
 * apostrophes are left alone.
 */
final class MarkdownText {

    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");
    private static final Pattern BULLET_START = Pattern.compile("^[-+](\\s|$)");
    private static final Pattern UNDERLINE = Pattern.compile("^[=-]+\\s*$");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

    private MarkdownText() { }

    /** Escapes characters with an inline meaning. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '[', ']', '`', '<', '~' -> out.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1))
                            && Character.isLetterOrDigit(text.charAt(i + 1));
                    if (!inWord) out.append('\\');
                    out.append(c);
                }
                case '&' -> {
                    if (ENTITY.matcher(text).region(i, text.length()).lookingAt()) out.append('\\');
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Makes an already inline-escaped line safe at the start of a Markdown line: drops leading
     * blanks (four would make a code block) and escapes a leading block marker.
     */
    static String lineStart(String line) {
        String s = line.stripLeading();
        if (s.isEmpty()) return s;
        char first = s.charAt(0);
        if (first == '#' || first == '>' || BULLET_START.matcher(s).lookingAt() || UNDERLINE.matcher(s).matches()) {
            return "\\" + s;
        }
        var ordered = ORDERED_START.matcher(s);
        if (ordered.lookingAt()) {
            return ordered.group(1) + "\\" + s.substring(ordered.group(1).length());
        }
        return s;
    }

    /** A link or image destination with the characters that would end it percent-encoded. */
    static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\\' -> out.append("%5C");
                case '\n', '\t' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
