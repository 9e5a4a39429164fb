package fr.liseuse.render;

import fr.liseuse.text.Messages;
import java.time.LocalDate;

/**
 * A day as a reader writes it: "4 mars 2025", "1er octobre 2025", "March 4, 2025". Month names come
 * from the message bundles: the JDK's locale data would add tens of milliseconds to start-up for one line.
 */
public final class ReadableDate {

    private ReadableDate() { }

    public static String of(LocalDate date, Messages messages) {
        String month = messages.get("render.date.months").split(",")[date.getMonthValue() - 1];
        // French writes the first of the month as an ordinal: "1er octobre"
        String day = date.getDayOfMonth() == 1 ? messages.get("render.date.firstDay") : String.valueOf(date.getDayOfMonth());
        return messages.get("render.date", day, month, String.valueOf(date.getYear()));
    }
}
