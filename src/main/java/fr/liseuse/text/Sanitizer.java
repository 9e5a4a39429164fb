package fr.liseuse.text;

import java.text.Normalizer;

/**
 * The one gate for untrusted text on its way to any output: removes C0/C1 controls (keeping
 * {@code \n} and {@code \t} where asked), whole escape sequences (CSI, OSC, DCS, SOS, PM, APC, in
 * their 7-bit and 8-bit forms, also when unterminated), carriage returns, bidirectional controls,
 * lone surrogates and invisible tag characters, then normalises to NFC.
 *
 * <p>One left-to-right pass with no regular expressions, so the cost stays linear in the input
 * whatever a hostile page sends.
 */
public final class Sanitizer {

    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char CAN = 0x18;
    private static final char SUB = 0x1a;
    private static final char C1_DCS = 0x90;
    private static final char C1_SOS = 0x98;
    private static final char C1_CSI = 0x9b;
    private static final char C1_ST = 0x9c;
    private static final char C1_OSC = 0x9d;
    private static final char C1_PM = 0x9e;
    private static final char C1_APC = 0x9f;

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
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
            if (c == ESC) {
                i = skipEscape(s, i + 1);
            } else if (c == C1_CSI) {
                i = skipCsi(s, i + 1);
            } else if (c == C1_DCS || c == C1_OSC || c == C1_SOS || c == C1_PM || c == C1_APC) {
                i = skipString(s, i + 1);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    if (!isTag(cp)) out.append(c).append(s.charAt(i + 1));
                    i += 2;
                } else {
                    i++; // lone high surrogate
                }
            } else {
                append(out, c, keepLines);
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static void append(StringBuilder out, char c, boolean keepLines) {
        if (c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
            out.append(keepLines ? (c == '\t' ? '\t' : '\n') : ' ');
        } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c)
                || Character.isLowSurrogate(c) || c == '\ufeff') {
            // dropped: controls (\r included), bidi controls, lone low surrogates, byte-order marks
        } else {
            out.append(c);
        }
    }

    /** {@code i} is just after ESC; returns the index after the whole sequence. */
    private static int skipEscape(String s, int i) {
        if (i >= s.length()) return i;
        char c = s.charAt(i);
        switch (c) {
            case '[': return skipCsi(s, i + 1);
            case ']': case 'P': case 'X': case '^': case '_': return skipString(s, i + 1);
            default:
                // nF sequences: intermediates 0x20-0x2F, then one final byte 0x30-0x7E
                while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) i++;
                if (i < s.length() && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7e) return i + 1;
                return i; // not a sequence: drop the ESC (and intermediates) only
        }
    }

    /** CSI: parameter and intermediate bytes, then a final byte 0x40-0x7E. */
    private static int skipCsi(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 0x40 && c <= 0x7e) return i + 1;
            if (c < 0x20 || c > 0x7e) return i; // malformed: stop, let the caller judge this char
            i++;
        }
        return i;
    }

    /**
     * OSC/DCS/SOS/PM/APC bodies end at BEL, ST (ESC \) or C1 ST, and CAN/SUB abort them; an
     * unterminated body runs to the end of its line, never further.
     */
    private static int skipString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == BEL || c == C1_ST || c == CAN || c == SUB) return i + 1;
            if (c == ESC) return (i + 1 < s.length() && s.charAt(i + 1) == '\\') ? i + 2 : i;
            if (c == '\n') return i;
            i++;
        }
        return i;
    }

    static boolean isBidiControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /** Unicode tag characters render as nothing yet carry hidden ASCII ("ASCII smuggling"). */
    private static boolean isTag(int cp) {
        return cp >= 0xe0000 && cp <= 0xe007f;
    }
}
