package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.liseuse.model.EmergencyEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
    void purposeAndHoursAreInEnglishTooWhileNamesStayAsTheServicesCallThemselves() {
        List<EmergencyEntry> english = EmergencyDirectory.bundled().entries("en");
        assertEquals(entries.size(), english.size());
        for (int i = 0; i < entries.size(); i++) {
            EmergencyEntry fr = entries.get(i);
            EmergencyEntry en = english.get(i);
            assertEquals(fr.number(), en.number());
            assertEquals(fr.name(), en.name(), "the name is the service's own");
            assertFalse(fr.purpose().equals(en.purpose()), "purpose of " + fr.number() + " in English");
            assertFalse(en.purpose().contains(" le ") || en.purpose().contains(" les "), en.purpose());
            assertFalse(en.hours().contains("h/24") || en.hours().contains("j/7"), en.hours());
            assertTrue(fr.brief().length() <= 12 && en.brief().length() <= 12,
                    "hours in short fit a one-line summary: " + fr.brief() + " / " + en.brief());
        }
        assertTrue(entry("3919").purpose().contains("pas un numéro d'urgence"));
        EmergencyEntry line = english.stream().filter(e -> e.number().equals("3919")).findFirst().orElseThrow();
        assertTrue(line.purpose().contains("Not an emergency number"), line.purpose());
    }

    @Test
    void aLanguageTheFileLacksFallsBackToFrench() {
        assertEquals(entries, EmergencyDirectory.bundled().entries("de"));
    }

    @Test
    void everySourceIsAPublicBodyOrTheLinesOperator() throws IOException {
        // public bodies (state, EU, local authorities, health insurance, parliament) and the lines' own operators
        Set<String> trusted = Set.of("service-public.fr", "gouv.fr", "europa.eu", "senat.fr", "ille-et-vilaine.fr",
                "cramif.fr", "ac-grenoble.fr", "sante.fr", "refugies.info", "solidaritefemmes.org", "3114.fr", "3018.fr");
        JsonNode root;
        try (InputStream in = EmergencyDirectory.class.getResourceAsStream(EmergencyDirectory.FRANCE)) {
            root = new ObjectMapper().readTree(in);
        }
        for (JsonNode entry : root.get("entries")) {
            for (JsonNode source : entry.get("sources")) {
                String host = URI.create(source.asText()).getHost();
                assertTrue(trusted.stream().anyMatch(t -> host.equals(t) || host.endsWith("." + t)),
                        entry.get("number").asText() + " cites " + host + ": not a public body nor the line's operator");
            }
        }
    }

    @Test
    void emergencyNumbersComeIn17_112_114OrderThen3919LeadsTheListeningLines() {
        List<String> numbers = entries.stream().map(EmergencyEntry::number).toList();
        assertEquals(List.of("17", "112", "114"), numbers.subList(0, 3));
        assertEquals("3919", entries.stream().filter(e -> !e.emergency()).findFirst().orElseThrow().number());
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
