package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> COMMANDS = List.of("read", "menu", "links", "contacts", "search", "save", "library");

    @Test
    void findsTheCommandASlipOfTheFingersWasMeantToBe() {
        assertEquals(Optional.of("read"), Suggestions.closest("red", COMMANDS));
        assertEquals(Optional.of("read"), Suggestions.closest("raed", COMMANDS));
        assertEquals(Optional.of("contacts"), Suggestions.closest("contcats", COMMANDS));
        assertEquals(Optional.of("library"), Suggestions.closest("libary", COMMANDS));
    }

    @Test
    void suggestsNothingForAnotherWord() {
        assertEquals(Optional.empty(), Suggestions.closest("rien", COMMANDS));
        assertEquals(Optional.empty(), Suggestions.closest("3f2a9c1e", COMMANDS));
        assertEquals(Optional.empty(), Suggestions.closest("ls", COMMANDS));
    }
}
