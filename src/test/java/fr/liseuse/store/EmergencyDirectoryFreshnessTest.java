package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.liseuse.model.EmergencyEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Fails the build once the directory's facts are more than a year old: hours and lines change. */
class EmergencyDirectoryFreshnessTest {

    @Test
    void directoryWasCheckedWithinTheLastTwelveMonths() {
        LocalDate newest = EmergencyDirectory.bundled().entries().stream()
                .map(EmergencyEntry::verified).map(LocalDate::parse)
                .max(LocalDate::compareTo).orElseThrow();
        LocalDate today = LocalDate.now();
        assertFalse(newest.plusMonths(12).isBefore(today),
                "emergency numbers last verified on " + newest + ": re-check every entry against its source"
                        + " and update the verified dates in src/main/resources/fr/liseuse/directory/fr.json");
    }
}
