package fr.liseuse.render;

import fr.liseuse.model.Page;
import fr.liseuse.text.Messages;
import java.time.LocalDate;
import java.time.DateTimeException;

/** The line under a page's title: when it was published and by whom, in the UI language. */
final class Metadata {

    private Metadata() { }

    /** The line, or null when neither the date nor the byline is known. */
    static String line(Page page, Messages messages) {
        String date = blank(page.published()) ? null : readableDate(page.published(), messages);
        String byline = blank(page.byline()) ? null : page.byline();
        if (date != null && byline != null) return messages.get("render.meta.publishedBy", date, byline);
        if (date != null) return messages.get("render.meta.published", date);
        if (byline != null) return messages.get("render.meta.byline", byline);
        return null;
    }

    /**
     * {@code 2025-03-04} (possibly with a time) as "4 mars 2025" / "March 4, 2025"; else as given.
     * Month names come from the message bundles: the JDK's locale data would add tens of
     * milliseconds to start-up for one line.
     */
    static String readableDate(String iso, Messages messages) {
        if (iso.length() < 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') return iso;
        try {
            // LocalDate.of, not LocalDate.parse: the JDK's date parser is slow to set up (see above)
            LocalDate date = LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                    Integer.parseInt(iso, 8, 10, 10));
            String month = messages.get("render.date.months").split(",")[date.getMonthValue() - 1];
            // French writes the first of the month as an ordinal: "1er octobre"
            String day = date.getDayOfMonth() == 1 ? messages.get("render.date.firstDay") : String.valueOf(date.getDayOfMonth());
            return messages.get("render.date", day, month,
                    String.valueOf(date.getYear()));
        } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return iso;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
