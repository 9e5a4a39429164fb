package fr.liseuse.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void liseuseHomeHoldsConfigLibraryAndCache() {
        Paths paths = Paths.resolve(Map.of("LISEUSE_HOME", "/srv/lis", "HOME", "/home/a",
                "XDG_DATA_HOME", "/xdg/data"));
        assertEquals(Path.of("/srv/lis/config"), paths.config());
        assertEquals(Path.of("/srv/lis/library"), paths.library());
        assertEquals(Path.of("/srv/lis/cache/index"), paths.index());
    }

    @Test
    void xdgFoldersGetALiseuseSubfolder() {
        Paths paths = Paths.resolve(Map.of("HOME", "/home/a", "XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d",
                "XDG_CACHE_HOME", "/k"));
        assertEquals(Path.of("/c/liseuse"), paths.config());
        assertEquals(Path.of("/d/liseuse/library"), paths.library());
        assertEquals(Path.of("/k/liseuse/index"), paths.index());
    }

    @Test
    void defaultsFollowTheXdgSpecUnderHome() {
        Paths paths = Paths.resolve(Map.of("HOME", "/home/a"));
        assertEquals(Path.of("/home/a/.config/liseuse"), paths.config());
        assertEquals(Path.of("/home/a/.local/share/liseuse/library"), paths.library());
        assertEquals(Path.of("/home/a/.cache/liseuse/index"), paths.index());
    }

    @Test
    void emptyOrRelativeValuesAreIgnored() {
        Paths paths = Paths.resolve(Map.of("HOME", "/home/a", "LISEUSE_HOME", "", "XDG_DATA_HOME", "relative/dir",
                "XDG_CACHE_HOME", ""));
        assertEquals(Path.of("/home/a/.local/share/liseuse/library"), paths.library());
        assertEquals(Path.of("/home/a/.cache/liseuse/index"), paths.index());
    }

    @Test
    void discreetFromTheFlagOrTheEnvironment() {
        assertTrue(Settings.from(Map.of("HOME", "/h"), true).discreet());
        assertTrue(Settings.from(Map.of("HOME", "/h", "LISEUSE_DISCREET", "1"), false).discreet());
        assertFalse(Settings.from(Map.of("HOME", "/h", "LISEUSE_DISCREET", "0"), false).discreet());
        assertFalse(Settings.from(Map.of("HOME", "/h"), false).discreet());
        assertTrue(Settings.from(Map.of("HOME", "/h", "LISEUSE_DISCREET", "Yes"), false).discreet());
        assertFalse(Settings.from(Map.of("HOME", "/h", "LISEUSE_DISCREET", "off"), false).discreet());
        assertFalse(Settings.from(Map.of("HOME", "/h", "LISEUSE_DISCREET", ""), false).discreet(), "empty is unset");
    }

    /** The command line refuses such a value first; anything reading the settings still errs on the safe side. */
    @Test
    void aRefusedDiscreetValueNeverMeansNotDiscreet() {
        assertTrue(Settings.from(Map.of("HOME", "/h", "LISEUSE_DISCREET", "oui"), false).discreet());
    }
}
