package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the reader's mode and language are chosen from options, environment and the settings file. */
class ContextTest {

    private static Context context(Map<String, String> env) {
        return new Context(env, InputStream.nullInputStream(), true, () -> 80);
    }

    @Test
    void lineModeComesFromTheEnvironmentADumbTerminalOrTheSettingsFile(@TempDir Path home) throws Exception {
        assertFalse(context(Map.of("TERM", "xterm")).lineModeWanted());
        assertTrue(context(Map.of("TERM", "xterm", "LISEUSE_SCREEN_READER", "1")).lineModeWanted());
        assertTrue(context(Map.of("TERM", "dumb")).lineModeWanted());
        assertTrue(context(Map.of()).lineModeWanted(), "TERM unset");
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("settings.json"), "{\"lineMode\": true}");
        assertTrue(context(Map.of("TERM", "xterm", "LISEUSE_HOME", home.toString())).lineModeWanted());
    }

    @Test
    void noLineModeWinsOverSettingsAndEnvironmentButNotOverADumbTerminal(@TempDir Path home) throws Exception {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("settings.json"), "{\"lineMode\": true}");
        Context fromSettings = context(Map.of("TERM", "xterm", "LISEUSE_HOME", home.toString(), "LISEUSE_SCREEN_READER", "1"));
        Cli.commandLine(fromSettings).parseArgs("--no-line-mode", "demo:/");
        assertFalse(fromSettings.lineModeWanted());
        Context saidFalse = context(Map.of("TERM", "xterm", "LISEUSE_HOME", home.toString()));
        Cli.commandLine(saidFalse).parseArgs("--line-mode=false", "demo:/");
        assertFalse(saidFalse.lineModeWanted());
        Context saidYes = context(Map.of("TERM", "xterm"));
        Cli.commandLine(saidYes).parseArgs("--line-mode", "demo:/");
        assertTrue(saidYes.lineModeWanted(), "the flag alone, the next word left as the SOURCE");
        Context dumb = context(Map.of("TERM", "dumb"));
        Cli.commandLine(dumb).parseArgs("--no-line-mode", "demo:/");
        assertTrue(dumb.lineModeWanted(), "a dumb terminal has no full screen to give");
    }

    @Test
    void theSettingsFileLanguageComesBeforeTheLocale(@TempDir Path home) throws Exception {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("settings.json"), "{\"lang\": \"en\"}");
        assertEquals("en", context(Map.of("LANG", "fr_FR.UTF-8", "LISEUSE_HOME", home.toString())).lang());
        assertEquals("fr", context(Map.of("LANG", "fr_FR.UTF-8")).lang());
    }
}
