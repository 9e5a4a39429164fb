package fr.liseuse.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PreferencesTest {

    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();

    private Path settingsFile() throws IOException {
        return Files.createDirectories(home.resolve("config")).resolve("settings.json");
    }

    private Preferences load() {
        return Preferences.load(Map.of("LISEUSE_HOME", home.toString()), Messages.english(), warnings::add);
    }

    @Test
    void aPlainFileIsRead() throws IOException {
        Files.writeString(settingsFile(), "{\"lineMode\": true, \"lang\": \"en\"}");
        assertEquals(new Preferences(true, "en"), load());
        assertEquals(List.of(), warnings);
    }

    @Test
    void widthSetsTheReadersMeasure() throws IOException {
        Files.writeString(settingsFile(), "{\"width\": 72}");
        assertEquals(new Preferences(false, null, 72), load());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aWidthThatIsNoColumnCountIsIgnoredWithOneLine() throws IOException {
        Files.writeString(settingsFile(), "{\"width\": \"wide\", \"lang\": \"en\"}");
        assertEquals(new Preferences(false, "en", 0), load(), "the other settings stay");
        assertEquals(List.of("setting \"width\" ignored: \"wide\" (a number of columns, 10 to 10000)"), warnings);
        warnings.clear();
        Files.writeString(settingsFile(), "{\"width\": 5}");
        assertEquals(Preferences.DEFAULTS, load());
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void aNamedPipeGivesOneLineAndTheDefaults() throws Exception {
        HostileFiles.fifo(settingsFile());
        assertEquals(Preferences.DEFAULTS, load());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("settings ignored ("), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("settings.json): not a plain file (named pipe, device or socket)"), warnings.get(0));
    }

    @Test
    void aHugeFileGivesOneLineAndTheDefaults() throws IOException {
        HostileFiles.sparse(settingsFile());
        assertEquals(Preferences.DEFAULTS, load());
        assertEquals(List.of("settings ignored (" + settingsFile() + "): larger than 1 MiB"), warnings);
    }

    @Test
    void aLinkToDevZeroGivesOneLineAndTheDefaults() throws IOException {
        HostileFiles.linkToZero(settingsFile());
        assertEquals(Preferences.DEFAULTS, load());
        assertEquals(1, warnings.size(), warnings.toString());
    }
}
