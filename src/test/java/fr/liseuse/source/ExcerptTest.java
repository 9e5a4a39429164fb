package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void longUntrustedTextIsCutToOneSanitisedLine() {
        String shown = Excerpt.of("http://exemple.org/\u001b]0;titre\u0007" + "a".repeat(500) + "\nsuite");
        assertEquals(Excerpt.MAX, shown.length());
        assertTrue(shown.endsWith("…"));
        assertTrue(shown.chars().noneMatch(c -> c < 0x20));
    }
}
