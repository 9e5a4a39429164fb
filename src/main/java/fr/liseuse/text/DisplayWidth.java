package fr.liseuse.text;

/**
 * How many terminal columns text takes: East Asian wide and fullwidth characters take two,
 * combining marks and other zero-width characters none, everything else one (as wcwidth does).
 */
public final class DisplayWidth {

    private DisplayWidth() { }

    /** Columns taken by the whole string. */
    public static int of(CharSequence s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Columns taken by one code point: 0, 1 or 2. */
    public static int of(int cp) {
        if (isZeroWidth(cp)) return 0;
        return isWide(cp) ? 2 : 1;
    }

    /** True for characters drawn on top of the previous one or not drawn at all. */
    public static boolean isZeroWidth(int cp) {
        if (cp == 0x200b || cp == 0x200c || cp == 0x200d || cp == 0x2060 || cp == 0xfeff) return true;
        if (cp >= 0x1160 && cp <= 0x11ff) return true; // Hangul medial vowels and final consonants
        if (cp >= 0xfe00 && cp <= 0xfe0f) return true; // variation selectors
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || type == Character.CONTROL;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115f)      // Hangul initial consonants
                || cp == 0x2329 || cp == 0x232a
                || (cp >= 0x2e80 && cp <= 0x303e)  // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33ff)  // kana, CJK symbols
                || (cp >= 0x3400 && cp <= 0x4dbf)  // CJK extension A
                || (cp >= 0x4e00 && cp <= 0x9fff)  // CJK unified ideographs
                || (cp >= 0xa000 && cp <= 0xa4cf)  // Yi
                || (cp >= 0xa960 && cp <= 0xa97f)  // Hangul extended A
                || (cp >= 0xac00 && cp <= 0xd7a3)  // Hangul syllables
                || (cp >= 0xf900 && cp <= 0xfaff)  // CJK compatibility ideographs
                || (cp >= 0xfe10 && cp <= 0xfe19)  // vertical forms
                || (cp >= 0xfe30 && cp <= 0xfe6f)  // CJK compatibility forms
                || (cp >= 0xff00 && cp <= 0xff60)  // fullwidth forms
                || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x1f300 && cp <= 0x1f64f) // pictographs, emoticons
                || (cp >= 0x1f900 && cp <= 0x1f9ff)
                || (cp >= 0x20000 && cp <= 0x3fffd); // CJK extensions B and beyond
    }
}
