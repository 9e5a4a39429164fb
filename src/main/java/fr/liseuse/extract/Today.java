package fr.liseuse.extract;

import java.time.LocalDate;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Today's date in the user's time zone, the day {@code LocalDate.now()} gives, without java.time's
 * zone-rules provider: setting that up (the region table read from the JDK's time-zone data) was
 * 13 ms of every cold {@code read}, for one date. {@link TimeZone} reads the same data, and its
 * offset at this instant gives the same day. Even that costs about 6 ms cold, and most pages are
 * dated days or years ago: a day is compared with UTC's date first, and the zone read only when the
 * answer depends on it (no zone is a day or more away from UTC).
 */
final class Today {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final long millis;
    private final Supplier<TimeZone> zone;
    private LocalDate date;

    /** Today at the instant MILLIS (milliseconds since 1970-01-01T00:00Z) in ZONE, which is asked for only when needed. */
    Today(long millis, Supplier<TimeZone> zone) {
        this.millis = millis;
        this.zone = zone;
    }

    static Today inDefaultZone() {
        return new Today(System.currentTimeMillis(), TimeZone::getDefault);
    }

    /** Whether DAY comes after the day DAYS days from today (a margin for time zones). */
    boolean isFuture(LocalDate day, int days) {
        long utcDay = Math.floorDiv(millis, MILLIS_PER_DAY);
        long epochDay = day.toEpochDay();
        // today is UTC's date, the day before or the day after
        if (epochDay <= utcDay - 1 + days) return false;
        if (epochDay > utcDay + 1 + days) return true;
        if (date == null) date = at(millis, zone.get());
        return day.isAfter(date.plusDays(days));
    }

    /** The date in ZONE at the instant MILLIS (milliseconds since 1970-01-01T00:00Z). */
    static LocalDate at(long millis, TimeZone zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(millis + zone.getOffset(millis), MILLIS_PER_DAY));
    }
}
