package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The publication date's "not in the future" check needs today where the user is, as java.time says it. */
class TodayTest {

    @Test
    void givesJavaTimesDayInEveryZoneAroundMidnightsAndClockChanges() {
        List<Instant> instants = new ArrayList<>();
        // until 2036: on JDK 17, java.util.TimeZone's transition tables end in 2037 (a few zones differ after)
        for (int year = 1995; year <= 2036; year += 3) {
            // both sides of every UTC hour of an equinox day and of a late-October day (clock changes in Europe,
            // the Americas; half-hour and 45-minute zones meet midnight inside these ranges)
            for (String day : new String[] {year + "-03-30T00:00:00Z", year + "-10-26T00:00:00Z", year + "-12-31T00:00:00Z"}) {
                Instant start = Instant.parse(day);
                for (int quarter = 0; quarter < 4 * 24; quarter++) instants.add(start.plusSeconds(quarter * 900L));
            }
        }
        for (String id : ZoneId.getAvailableZoneIds()) {
            TimeZone zone = TimeZone.getTimeZone(id);
            ZoneId rules = ZoneId.of(id);
            for (Instant at : instants) {
                assertEquals(LocalDate.ofInstant(at, rules), Today.at(at.toEpochMilli(), zone), id + " at " + at);
            }
        }
    }

    @Test
    void beforeTheEpochTheDayStillStartsAtMidnight() {
        TimeZone paris = TimeZone.getTimeZone("Europe/Paris");
        assertEquals(LocalDate.of(1969, 12, 31), Today.at(-3_600_001L, paris));
        assertEquals(LocalDate.of(1970, 1, 1), Today.at(-3_600_000L, paris));
    }
}
