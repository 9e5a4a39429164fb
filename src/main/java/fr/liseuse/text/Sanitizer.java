package fr.liseuse.text;

import java.text.Normalizer;

/**
 * The one gate for untrusted text on its way to any output: removes C0/C1 controls (keeping
 * {@code \n} and {@code \t} where asked), whole escape sequences (CSI, OSC, DCS, SOS, PM, APC,
 * also when unterminated), carriage returns and bidirectional controls, then normalises to NFC.
 */
public final class Sanitizer {

    private Sanitizer() { }

    /** Clean multi-line text: keeps {@code \n} and {@code \t}. */
    public static String clean(String s) {
        return strip(s, true);
    }

    /** Clean one-line text: every run of whitespace (newlines too) becomes one space; trimmed. */
    public static String inline(String s) {
        String t = strip(s, false);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String strip(String s, boolean keepLines) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == 0x1b) {
                i = skipEscape(s, i + 1);
                continue;
            }
            if (c == 0x9b) { // C1 CSI
                i = skipCsi(s, i + 1);
                continue;
            }
            if (c == 0x90 || c == 0x9d || c == 0x98 || c == 0x9e || c == 0x9f) { // C1 DCS OSC SOS PM APC
                i = skipString(s, i + 1);
                continue;
            }
            if ((c == '\n' || c == '\t') && keepLines) {
                out.append(c);
            } else if (c == '\n' || c == '\t') {
                out.append(' ');
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c)) {
                // dropped
            } else {
                out.append(c);
            }
            i++;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** {@code i} is just after ESC; returns the index after the whole sequence. */
    private static int skipEscape(String s, int i) {
        if (i >= s.length()) return i;
        char c = s.charAt(i);
        switch (c) {
            case '[': return skipCsi(s, i + 1);
            case ']': case 'P': case 'X': case '^': case '_': return skipString(s, i + 1);
            default:
                // two-byte (or nF: intermediates then a final) sequence
                while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) i++;
                return Math.min(s.length(), i + 1);
        }
    }

    private static int skipCsi(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 0x40 && c <= 0x7e) return i + 1;
            if (c < 0x20 || c > 0x7e) return i; // malformed: stop, let the caller drop the control
            i++;
        }
        return i;
    }

    /** OSC/DCS/SOS/PM/APC bodies end at BEL, ST (ESC \) or C1 ST; unterminated ones run to the end. */
    private static int skipString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 0x07 || c == 0x9c) return i + 1;
            if (c == 0x1b) return (i + 1 < s.length() && s.charAt(i + 1) == '\\') ? i + 2 : i + 1;
            if (c == '\n') return i; // never swallow the rest of a document
            i++;
        }
        return i;
    }

    static boolean isBidiControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }
}
