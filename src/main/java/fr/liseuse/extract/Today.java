package fr.liseuse.extract;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today's date in the user's time zone, the day {@code LocalDate.now()} gives, without java.time's
 * zone-rules provider: setting that up (the region table read from the JDK's time-zone data) was
 * 13 ms of every cold {@code read}, for one date. {@link TimeZone} reads the same data, and its
 * offset at this instant gives the same day.
 */
final class Today {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Today() { }

    static LocalDate inDefaultZone() {
        return at(System.currentTimeMillis(), TimeZone.getDefault());
    }

    /** The date in ZONE at the instant MILLIS (milliseconds since 1970-01-01T00:00Z). */
    static LocalDate at(long millis, TimeZone zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(millis + zone.getOffset(millis), MILLIS_PER_DAY));
    }
}
