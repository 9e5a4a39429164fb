package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The publication date's "not in the future" check needs today where the user is, as java.time says it. */
class TodayTest {

    /** Until 2036: on JDK 17, java.util.TimeZone's transition tables end in 2037 (a few zones differ after). */
    private static final Instant END = Instant.parse("2037-01-01T00:00:00Z");

    @Test
    void givesJavaTimesDayInEveryZoneAtMidnightsAndClockChanges() {
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneId zone = ZoneId.of(id);
            TimeZone timeZone = TimeZone.getTimeZone(id);
            for (int year = 1995; year <= 2036; year++) {
                for (LocalDate day : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 30),
                        LocalDate.of(year, 10, 26)}) {
                    assertSameDayAround(day.atStartOfDay(zone).toInstant(), zone, timeZone);
                }
            }
            ZoneRules rules = zone.getRules();
            ZoneOffsetTransition change = rules.nextTransition(Instant.parse("1995-01-01T00:00:00Z"));
            for (; change != null && change.getInstant().isBefore(END); change = rules.nextTransition(change.getInstant())) {
                assertSameDayAround(change.getInstant(), zone, timeZone);
            }
        }
    }

    @Test
    void beforeTheEpochTheDayStillStartsAtMidnight() {
        TimeZone paris = TimeZone.getTimeZone("Europe/Paris");
        assertEquals(LocalDate.of(1969, 12, 31), Today.at(-3_600_001L, paris));
        assertEquals(LocalDate.of(1970, 1, 1), Today.at(-3_600_000L, paris));
    }

    @Test
    void tellsAFutureDayAsTheZonesDateWouldWithoutReadingTheZoneForDaysFarFromNow() {
        Instant now = Instant.parse("2026-03-29T00:30:00Z");
        for (String id : new String[] {"Pacific/Kiritimati", "Europe/Paris", "UTC", "America/Cayenne", "Etc/GMT+12"}) {
            TimeZone zone = TimeZone.getTimeZone(id);
            for (long minutes = -24 * 60; minutes <= 24 * 60; minutes += 15) {
                long millis = now.toEpochMilli() + minutes * 60_000;
                LocalDate local = Today.at(millis, zone);
                for (int margin = 0; margin <= 1; margin++) {
                    for (int offset = -3; offset <= 4; offset++) {
                        LocalDate day = local.plusDays(offset);
                        boolean[] zoneRead = {false};
                        Today today = new Today(millis, () -> {
                            zoneRead[0] = true;
                            return zone;
                        });
                        String at = id + " at " + Instant.ofEpochMilli(millis) + ", " + day + ", margin " + margin;
                        assertEquals(day.isAfter(local.plusDays(margin)), today.isFuture(day, margin), at);
                        if (offset < margin - 1 || offset > margin + 2) assertFalse(zoneRead[0], at);
                    }
                }
            }
        }
    }

    /** The same day as java.time a millisecond before, at and after MOMENT. */
    private static void assertSameDayAround(Instant moment, ZoneId zone, TimeZone timeZone) {
        for (long delta = -1; delta <= 1; delta++) {
            Instant at = moment.plusMillis(delta);
            assertEquals(LocalDate.ofInstant(at, zone), Today.at(at.toEpochMilli(), timeZone), zone + " at " + at);
        }
    }
}
