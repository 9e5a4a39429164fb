package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settings.json liseuse cannot use costs one clean line on stderr, in the UI language, naming the
 * file and where it goes wrong; the command still runs with the defaults.
 */
class BrokenSettingsTest {

    @TempDir
    Path home;

    private Path settings(String json) throws IOException {
        return Files.writeString(Files.createDirectories(home.resolve("config")).resolve("settings.json"), json);
    }

    /** {@code read demo:/} under a French locale, or an English one. */
    private CliRunner.Result read() {
        return read("fr_FR.UTF-8");
    }

    private CliRunner.Result read(String locale) {
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString()).env("LANG", locale).run("read", "demo:/");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Accueil\n"), "the command still runs: " + r.out());
        return r;
    }

    @Test
    void aSyntaxErrorIsNamedByLineAndColumnInTheUiLanguage() throws IOException {
        Path file = settings("{\"lang\": \"fr\",\n  \"lineMode\": tru }\n");
        assertEquals("liseuse: réglages ignorés (" + file + ") : JSON mal formé, ligne 2, colonne 15\n", read().err());
        assertEquals("liseuse: settings ignored (" + file + "): malformed JSON, line 2, column 15\n",
                read("en_GB.UTF-8").err());
    }

    @Test
    void aFileCutShortOrFollowedByMoreIsRefusedTheSameWay() throws IOException {
        Path file = settings("{\"lineMode\": true");
        assertTrue(read().err().startsWith("liseuse: réglages ignorés (" + file + ") : JSON mal formé, ligne 1, colonne "), read().err());
        settings("{\"lineMode\": true}\n{\"lang\": \"en\"}\n");
        assertEquals("liseuse: réglages ignorés (" + file + ") : JSON mal formé, ligne 2, colonne 2\n", read().err());
    }

    @Test
    void aValueThatIsNoObjectIsSaidInFrenchToo() throws IOException {
        Path file = settings("[true]");
        assertEquals("liseuse: réglages ignorés (" + file + ") : pas un objet JSON\n", read().err());
        assertEquals("liseuse: settings ignored (" + file + "): not a JSON object\n", read("en_GB.UTF-8").err());
    }
}
