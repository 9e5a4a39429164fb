package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole line-mode sessions, driven through standard input as a screen-reader user types them, against
 * reviewed transcripts in both languages: every command of CONTRACT §7 but cancel (see LineModeWhileLoadingTest),
 * headings, forward, reading from a line and from a find's match, a table read as pairs,
 * typed addresses opened, what was typed echoed clean, and nothing but plain lines.
 */
class LineModeTranscriptTest {

    @TempDir
    Path home;

    /** The same walk through the demo site, typed with each language's own words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|aide;!;t;;t;tp;m;2;l;lire;;/collecte;chercher encombrants;1;r;r;retour;av;ouvrir demo:/eau/facture;g;"
            + "demo:/sortir/parcs;\u001b[2Jrouge;/\u001b[1mparc;;lire 3;t;lire 999;q|line-fr.txt",
        "en|help;emergency;heading;;heading;hp;menu;2;links;read;;/collecte;search encombrants;1;back;back;back;forward;"
            + "open demo:/eau/facture;g;demo:/sortir/parcs;\u001b[2Jred;/\u001b[1mparc;;read 3;heading;read 999;quit|line-en.txt"})
    void aWholeSessionMatchesItsReviewedTranscript(String lang, String commands, String golden) throws IOException {
        String input = String.join("\n", commands.split(";", -1)) + "\n";
        CliRunner.Result r = new CliRunner().env("TERM", "dumb").env("LISEUSE_HOME", home.toString())
                .stdin(input).run("--offline", "--lang", lang, "--line-mode", "demo:/dechets/horaires");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        for (char c : r.out().toCharArray()) {
            assertTrue(c >= 0x20 || c == '\n' || c == '\t', "byte " + (int) c + " in the transcript");
        }
        assertMatches(golden, r.out());
    }

    private static void assertMatches(String name, String actual) throws IOException {
        try (InputStream in = LineModeTranscriptTest.class.getResourceAsStream("/golden/line/" + name)) {
            if (in == null) {
                Path draft = Path.of("target", "golden-new", "line", name);
                Files.createDirectories(draft.getParent());
                Files.writeString(draft, actual, StandardCharsets.UTF_8);
                fail("no transcript " + name + "; review " + draft + " and copy it to src/test/resources/golden/line/");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }
}
