package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.liseuse.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user gives is echoed clean: a file name or a query holding an escape sequence (OSC, CSI,
 * 8-bit CSI) or a right-to-left override comes out of stdout and stderr, text and JSON (values
 * decoded, as {@code jq -r} prints them), without any of them, yet still recognisable.
 */
class EchoedInputTest {

    /** "rapport", a window-title OSC, an 8-bit CSI clearing the screen, then RLO turning "lmth.html" round. */
    private static final String NAME = "rapport\u001b]0;pwned\u0007\u009b2J\u202elmth.html";
    private static final String QUERY = "violence\u001b[2J\u202e\u009b31m conjugale";

    @TempDir
    Path dir;

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        return new CliRunner().env("LISEUSE_HOME", home.toString()).run(args);
    }

    private static void assertCleanAndNamed(CliRunner.Result r, String what) {
        CleanOutput.assertCleanText(r.err(), what + " stderr");
        CleanOutput.assertCleanText(r.out(), what + " stdout");
        assertTrue((r.out() + r.err()).contains("rapportlmth.html"), what + ": the name is still shown: "
                + CleanOutput.visible(r.out() + r.err()));
    }

    @Test
    void theJsonSourceOfAFileWithEscapesInItsNameIsClean() throws IOException {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names need a UTF-8 locale");
        Path file = Files.writeString(dir.resolve(NAME), "<html><head><title>Note</title></head><body><article>"
                + "<p>Une note enregistrée sur le disque, assez longue pour être lue comme un article.</p></article></body></html>");
        CliRunner.Result r = run("read", "--format", "json", file.toString());
        assertEquals(0, r.code(), r.err());
        CleanOutput.assertCleanJson(r.out(), "read --format json");
        assertCleanAndNamed(r, "read --format json");

        assertEquals(0, run("save", file.toString()).code());
        CliRunner.Result list = run("library", "list", "--format", "json");
        CleanOutput.assertCleanJson(list.out(), "library list --format json");
        assertCleanAndNamed(list, "library list --format json");
    }

    @Test
    void aMissingFileIsNamedCleanInEveryErrorLineAndInTheVerboseTrace() {
        String missing = dir.resolve(NAME).toString();
        for (String command : new String[] {"read", "links", "menu", "contacts", "save"}) {
            CliRunner.Result r = run(command, missing);
            assertEquals(66, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertCleanAndNamed(r, command);
            assertCleanAndNamed(run("-v", command, missing), command + " -v");
        }
    }

    @Test
    void theJsonLineOfAFailedSourceIsClean() {
        CliRunner.Result r = run("read", "--format", "json", dir.resolve(NAME).toString(), "demo:/");
        assertEquals(66, r.code());
        CleanOutput.assertCleanJson(r.out(), "read --format json");
        assertTrue(r.out().startsWith("{\"source\":\"" + dir + "/rapportlmth.html\",\"error\":{\"code\":66"), r.out());
    }

    @Test
    void queriesAreEchoedCleanBySearch() {
        for (String[] args : new String[][] {
                {"search", QUERY}, {"search", "--format", "json", QUERY},
                {"search", "--site", "demo", QUERY}, {"search", "--site", "demo", "--format", "json", QUERY},
                {"search", "--site", QUERY, QUERY}, {"library", "remove", QUERY}}) {
            CliRunner.Result r = run(args);
            CleanOutput.assertCleanText(r.out() + r.err(), String.join(" ", args));
            if (List.of(args).contains("json")) CleanOutput.assertCleanJson(r.out(), "search --format json");
            else assertTrue((r.out() + r.err()).contains("violence"), "the query is echoed: " + CleanOutput.visible(r.out() + r.err()));
        }
    }
}
