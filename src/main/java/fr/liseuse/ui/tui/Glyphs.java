package fr.liseuse.ui.tui;

/**
 * What may be drawn on the terminal. In plain mode ({@code --ascii}, {@code TERM=linux}) no
 * box-drawing, block or decorative glyph reaches the screen: console fonts lack them and screen
 * readers speak them as noise. In both modes characters outside the Basic Multilingual Plane
 * (emoji…) become one replacement character, because Lanterna draws one UTF-16 unit per cell.
 */
final class Glyphs {

    private final boolean plain;

    Glyphs(boolean plain) {
        this.plain = plain;
    }

    boolean plain() {
        return plain;
    }

    /** Separator between the levels of a breadcrumb. */
    String crumb() {
        return plain ? " > " : " › ";
    }

    /** Suffix of a menu entry that opens a submenu. */
    String submenu() {
        return plain ? " >" : " ›";
    }

    /** The mark of a line shortened to fit. */
    String ellipsis() {
        return plain ? "..." : "…";
    }

    /** TEXT made safe to draw: one cell per character, and nothing decorative in plain mode. */
    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSupplementaryCodePoint(cp)) {
                out.append(plain ? '?' : '\uFFFD');
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append(' ');
            } else if (plain) {
                plainChar(cp, out);
            } else {
                out.append((char) cp);
            }
        }
        return out.toString();
    }

    private static void plainChar(int cp, StringBuilder out) {
        if (cp == '…') {
            out.append("...");
        } else if (cp == '›' || cp == '▸' || cp == '▶' || cp == '→') {
            out.append('>');
        } else if (cp == '‹' || cp == '◂' || cp == '◀' || cp == '←') {
            out.append('<');
        } else if (cp >= 0x2500 && cp <= 0x257F) {
            out.append(boxReplacement(cp));
        } else if (cp >= 0x2580 && cp <= 0x259F) {
            out.append('#');
        } else if (cp == '•' || cp == '·') {
            out.append('*');
        } else if (cp == '\uFFFD') {
            out.append('?');
        } else {
            out.append((char) cp);
        }
    }

    /** Horizontal lines become '-', vertical ones '|', corners and crossings '+'. */
    private static char boxReplacement(int cp) {
        int[] horizontal = {0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550};
        int[] vertical = {0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551};
        for (int h : horizontal) if (h == cp) return '-';
        for (int v : vertical) if (v == cp) return '|';
        return '+';
    }
}
