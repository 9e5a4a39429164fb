package fr.liseuse.render;

import fr.liseuse.model.Block;
import fr.liseuse.model.Page;
import fr.liseuse.text.LanguageTags;
import fr.liseuse.text.Messages;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * The line under a page's title (when it was published and by whom) and the one decision about a
 * page's own date line: the metadata line stays, written the same way on every page, and a short
 * paragraph near the top that only repeats the same date ("Publié le 4 mars 2025") is left out, so
 * screen, text and Markdown show one date.
 */
final class Metadata {

    /** How far down the page its own date line is looked for (the title and an intro come first). */
    private static final int TOP_BLOCKS = 4;

    private Metadata() { }

    /** The line in the language of MESSAGES, or null when neither the date nor the byline is known. */
    static String line(Page page, Messages messages) {
        String date = blank(page.published()) ? null : readableDate(page.published(), messages);
        String byline = blank(page.byline()) ? null : page.byline();
        if (date != null && byline != null) return messages.get("render.meta.publishedBy", date, byline);
        if (date != null) return messages.get("render.meta.published", date);
        if (byline != null) return messages.get("render.meta.byline", byline);
        return null;
    }

    /**
     * The words for a page's metadata: a French page says "Publié le" and an English one "Published"
     * whatever the UI language, since the line sits in the page's own text; other languages get the
     * UI's.
     */
    static Messages ofPage(Page page, Messages ui) {
        String primary = LanguageTags.primary(page.lang());
        if (primary.equals(ui.lang())) return ui;
        if (primary.equals("fr")) return Messages.french();
        if (primary.equals("en")) return Messages.english();
        return ui;
    }

    /** The page's blocks to show under the metadata line: all of them but a date line that repeats it. */
    static List<Block> body(Page page) {
        LocalDate published = blank(page.published()) ? null : isoDate(page.published());
        if (published == null) return page.blocks();
        List<Block> blocks = new ArrayList<>(page.blocks());
        for (int i = 0; i < Math.min(TOP_BLOCKS, blocks.size()); i++) {
            if (blocks.get(i) instanceof Block.Paragraph p && DateLine.repeats(p.content().text(), published)) {
                blocks.remove(i);
                break;
            }
        }
        return blocks;
    }

    /** {@code 2025-03-04} (possibly with a time) as "4 mars 2025" / "March 4, 2025"; else as given. */
    static String readableDate(String iso, Messages messages) {
        LocalDate date = isoDate(iso);
        return date == null ? iso : ReadableDate.of(date, messages);
    }

    /** The day of {@code 2025-03-04} (possibly with a time), or null when ISO is no such date. */
    static LocalDate isoDate(String iso) {
        if (iso.length() < 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') return null;
        try {
            // LocalDate.of, not LocalDate.parse: the JDK's date parser is slow to set up (see above)
            return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                    Integer.parseInt(iso, 8, 10, 10));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
