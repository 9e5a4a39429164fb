package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorPolicyTest {

    private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

    @Test
    void autoColoursOnlyATerminal() {
        assertTrue(ColorPolicy.colour("auto", XTERM, true));
        assertFalse(ColorPolicy.colour("auto", XTERM, false));
    }

    @Test
    void noColorWinsOverForceAndEmptyNoColorIsIgnored() {
        assertFalse(ColorPolicy.colour("auto", Map.of("TERM", "xterm", "NO_COLOR", "1", "CLICOLOR_FORCE", "1"), true));
        assertTrue(ColorPolicy.colour("auto", Map.of("TERM", "xterm", "NO_COLOR", ""), true));
    }

    @Test
    void forceColoursAPipeUnlessZero() {
        assertTrue(ColorPolicy.colour("auto", Map.of("TERM", "xterm", "CLICOLOR_FORCE", "1"), false));
        assertFalse(ColorPolicy.colour("auto", Map.of("TERM", "xterm", "CLICOLOR_FORCE", "0"), false));
    }

    @Test
    void dumbTerminalsAndClicolorZeroGetNoColour() {
        assertFalse(ColorPolicy.colour("auto", Map.of("TERM", "dumb"), true));
        assertFalse(ColorPolicy.colour("auto", Map.of(), true));
        assertFalse(ColorPolicy.colour("auto", Map.of("TERM", "xterm", "CLICOLOR", "0"), true));
    }

    @Test
    void theOptionOverridesTheEnvironment() {
        assertTrue(ColorPolicy.colour("always", Map.of("NO_COLOR", "1"), false));
        assertFalse(ColorPolicy.colour("never", XTERM, true));
    }

    @Test
    void helpCarriesNoEscapeUnlessColourIsAsked() {
        CliRunner.Result plain = new CliRunner().onTerminal().env("TERM", "xterm").env("NO_COLOR", "1").run("read", "--help");
        assertFalse(plain.out().contains("\u001b"), plain.out());
        CliRunner.Result asked = new CliRunner().env("TERM", "xterm").run("--color", "always", "read", "--help");
        assertTrue(asked.out().contains("\u001b["), asked.out());
    }
}
