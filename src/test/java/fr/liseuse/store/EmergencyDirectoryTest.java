package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.EmergencyEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmergencyDirectoryTest {

    private final List<EmergencyEntry> entries = EmergencyDirectory.bundled().entries();

    private EmergencyEntry entry(String number) {
        return entries.stream().filter(e -> e.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + number));
    }

    @Test
    void listsEveryNationalNumberOnce() {
        List<String> numbers = entries.stream().map(EmergencyEntry::number).toList();
        assertEquals(Set.of("17", "15", "18", "112", "114", "3919", "119", "115", "116006", "3114", "3018"),
                Set.copyOf(numbers));
        assertEquals(numbers.size(), Set.copyOf(numbers).size(), "duplicate number in " + numbers);
    }

    @Test
    void everyEntryHasAllItsFacts() {
        for (EmergencyEntry e : entries) {
            assertTrue(e.number().matches("[0-9]+"), e.number());
            assertEquals(e.number(), e.display().replace(" ", ""), "display of " + e.number());
            for (String field : new String[] {e.name(), e.purpose(), e.hours(), e.sourceUrl(), e.verified()}) {
                assertNotNull(field, e.number());
                assertFalse(field.isBlank(), e.number());
            }
            assertTrue(e.sourceUrl().startsWith("https://"), "source of " + e.number());
            LocalDate.parse(e.verified());
            assertTrue(e.free(), e.number() + " is free to call");
        }
    }

    @Test
    void onlyTheNumbersThatSendHelpAreMarkedEmergency() {
        Set<String> emergency = entries.stream().filter(EmergencyEntry::emergency)
                .map(EmergencyEntry::number).collect(Collectors.toSet());
        assertEquals(Set.of("17", "15", "18", "112", "114"), emergency);
    }

    @Test
    void violencesFemmesInfoSaysItIsNotAnEmergencyNumberAndPointsTo17And112() {
        EmergencyEntry line = entry("3919");
        assertFalse(line.emergency());
        assertTrue(line.purpose().contains("pas un numéro d'urgence"), line.purpose());
        assertTrue(line.purpose().contains("17") && line.purpose().contains("112"), line.purpose());
    }

    @Test
    void smsNumberIsReachableByText() {
        EmergencyEntry sms = entry("114");
        assertNotNull(sms.sms());
        assertTrue(sms.purpose().contains("sourdes"), sms.purpose());
    }

    @Test
    void emergencyNumbersComeFirst() {
        List<Boolean> flags = entries.stream().map(EmergencyEntry::emergency).toList();
        assertEquals(flags.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), flags);
    }

    @Test
    void rejectsAnEntryWithoutPurpose() {
        String json = "{\"entries\":[{\"number\":\"17\",\"display\":\"17\",\"name\":\"Police\","
                + "\"hours\":\"24/7\",\"free\":true,\"emergency\":true,"
                + "\"sources\":[\"https://example.fr\"],\"verified\":\"2026-01-01\"}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmergencyDirectory.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("purpose"), e.getMessage());
    }

    @Test
    void rejectsANumberWithSpaces() {
        String json = "{\"entries\":[{\"number\":\"116 006\"}]}";
        assertThrows(IllegalArgumentException.class,
                () -> EmergencyDirectory.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
