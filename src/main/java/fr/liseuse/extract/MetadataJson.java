package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small lenient JSON reader for JSON-LD blocks: objects become {@code Map}, arrays {@code List},
 * scalars {@code String}/{@code Double}/{@code Boolean}/null. Nesting deeper than {@link #MAX_DEPTH}
 * is cut off (read as null) so a hostile page cannot exhaust the stack. Returns null on bad input.
 */
final class MetadataJson {

    private static final int MAX_DEPTH = 48;
    /** A CDATA section or HTML comment some pages wrap their JSON-LD in (XHTML habits). */
    private static final Pattern WRAPPER_START = Pattern.compile("^(?://\\s*)?(?:<!\\[CDATA\\[|<!--)");
    private static final Pattern WRAPPER_END = Pattern.compile("(?://\\s*)?(?:]]>|-->)$");

    private final String s;
    private int i;

    private MetadataJson(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        if (text == null) return null;
        String json = WRAPPER_START.matcher(text.strip()).replaceFirst("");
        json = WRAPPER_END.matcher(json).replaceFirst("").strip();
        MetadataJson reader = new MetadataJson(json);
        try {
            return reader.value(0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Object value(int depth) {
        skipSpace();
        if (i >= s.length()) throw new IllegalArgumentException("end");
        char c = s.charAt(i);
        if ((c == '{' || c == '[') && depth >= MAX_DEPTH) {
            skipNested();
            return null;
        }
        if (c == '{') return object(depth + 1);
        if (c == '[') return array(depth + 1);
        if (c == '"' || c == '\'') return string(c);
        return bare();
    }

    private Map<String, Object> object(int depth) {
        i++;
        Map<String, Object> out = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (i >= s.length()) throw new IllegalArgumentException("end");
            char c = s.charAt(i);
            if (c == '}') { i++; break; }
            if (c == ',') { i++; continue; }
            String key = (c == '"' || c == '\'') ? string(c) : String.valueOf(bare());
            skipSpace();
            if (i < s.length() && s.charAt(i) == ':') i++;
            out.put(key, value(depth));
        }
        return out;
    }

    private List<Object> array(int depth) {
        i++;
        List<Object> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (i >= s.length()) throw new IllegalArgumentException("end");
            char c = s.charAt(i);
            if (c == ']') { i++; break; }
            if (c == ',') { i++; continue; }
            out.add(value(depth));
        }
        return out;
    }

    /** Skips a whole object or array without recursion. */
    private void skipNested() {
        int open = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                string(c);
                continue;
            }
            i++;
            if (c == '{' || c == '[') open++;
            if ((c == '}' || c == ']') && --open == 0) return;
        }
    }

    private String string(char quote) {
        i++;
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == quote) return out.toString();
            if (c != '\\') { out.append(c); continue; }
            if (i >= s.length()) break;
            char e = s.charAt(i++);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': case 'f': out.append(' '); break;
                case 'u':
                    if (i + 4 <= s.length()) {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    break;
                default: out.append(e);
            }
        }
        return out.toString();
    }

    private Object bare() {
        int start = i;
        while (i < s.length() && ",:}] \t\r\n".indexOf(s.charAt(i)) < 0) i++;
        if (start == i) { i++; return null; }
        String word = s.substring(start, i);
        switch (word) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default:
                try {
                    return Double.valueOf(word);
                } catch (NumberFormatException e) {
                    return word;
                }
        }
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
