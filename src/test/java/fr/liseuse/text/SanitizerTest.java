package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SanitizerTest {

    @Test
    void dropsOscTitleSequence() {
        assertEquals("Horaires des déchetteries", Sanitizer.inline("Horaires\u001b]0;x\u0007 des déchetteries"));
    }

    @Test
    void dropsCsiAndCarriageReturn() {
        assertEquals("ab", Sanitizer.clean("a\u001b[2J\rb"));
    }
}
