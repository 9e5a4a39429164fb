package fr.liseuse.cli;

import static fr.liseuse.cli.CliRunner.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Line mode driven through standard input, as a screen-reader user or a script drives it. */
class LineModeTest {

    private static CliRunner.Result session(String input, String... args) {
        return new CliRunner().env("TERM", "dumb").stdin(input).run(args);
    }

    private static void assertPlainLines(String out) {
        for (char c : out.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' && c != '\t', "control character " + (int) c + " in: " + out);
        }
    }

    @Test
    void firstLineAnnouncesTheModeHelpAndEmergencyCommands() {
        CliRunner.Result r = session("q\n", "--line-mode", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElse("");
        assertTrue(first.contains("mode ligne") && first.contains("aide") && first.contains("!"), first);
        assertPlainLines(r.out());
    }

    @Test
    void emergencyListsNationalNumbersAndThePageNumber() {
        CliRunner.Result r = session("!\nq\n", "--line-mode", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3919"), r.out());
        assertTrue(r.out().contains("03 53 01 20 30"), r.out());
        assertPlainLines(r.out());
    }

    @Test
    void emergencyListsTheUsersOwnContactsToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(home.resolve("config")).resolve("contacts.json"),
                "{\"contacts\": [{\"name\": \"Claire, ma sœur\", \"number\": \"06 12 34 56 78\"}]}");
        CliRunner.Result r = new CliRunner().env("TERM", "dumb").env("LISEUSE_HOME", home.toString())
                .stdin("!\nq\n").run("--line-mode", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Claire, ma sœur"), r.out());
        assertTrue(r.out().indexOf("Claire, ma sœur") < r.out().indexOf("3919"), "the user's contacts come first");
    }

    @Test
    void aPageWithoutTitleIsNamedByItsFileAndStillRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path page = folder.resolve("sans-titre.html");
        java.nio.file.Files.writeString(page, "<html><body><p>Un texte sans titre. Appelez le 03 20 00 00 00.</p></body></html>");
        CliRunner.Result r = session("!\nq\n", "--line-mode", page.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("erreur interne"), r.err());
        assertTrue(r.out().contains("sans-titre.html"), r.out());
        assertTrue(r.out().contains("03 20 00 00 00"), r.out());
    }

    @Test
    void linksThenNumberOpensTheLinkedPageAndBackReturns() {
        CliRunner.Result r = session("m\n2\nr\nq\n", "--line-mode", "demo:/");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Menu du site"), r.out());
        assertTrue(r.out().contains("Page précédente"), r.out());
        assertPlainLines(r.out());
    }

    @Test
    void readShowsTheArticleByScreensAndFindCountsMatches() {
        CliRunner.Result r = session("lire\n/déchetterie\nq\n", "--line-mode", fixture("collecte.html"));
        assertTrue(r.out().contains("Les encombrants sont collectés"), r.out());
        assertTrue(r.out().contains("résultat"), r.out());
    }

    @Test
    void englishCommandsAndMessagesWithLangEn() {
        CliRunner.Result r = session("help\nlinks\nquit\n", "--lang", "en", "--line-mode", fixture("collecte.html"));
        assertTrue(r.out().lines().findFirst().orElse("").contains("line mode"), r.out());
        assertTrue(r.out().contains("1 link:"), r.out());
    }

    @Test
    void quickExitLeavesNothingOnAPipeAndExitsZero() {
        CliRunner.Result r = session("x\nlire\n", "--line-mode", fixture("collecte.html"));
        assertEquals(0, r.code());
        assertFalse(r.out().contains("Les encombrants sont collectés"), "nothing is read after x");
    }

    @Test
    void aSettingsFileCanAskForLineModeAndEnglish(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(home.resolve("config")).resolve("settings.json"),
                "{\"lineMode\": true, \"lang\": \"en\"}");
        CliRunner.Result r = new CliRunner().env("TERM", "xterm").env("LISEUSE_HOME", home.toString())
                .stdin("q\n").run(fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("liseuse, line mode."), r.out());
    }

    @Test
    void anUnusableSettingsFileWarnsOnceAndChangesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(home.resolve("config")).resolve("settings.json"),
                "pas du JSON");
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString()).run("read", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("liseuse: réglages ignorés"), r.err());
    }

    @Test
    void endOfInputQuits() {
        assertEquals(0, session("", "--line-mode", fixture("collecte.html")).code());
    }
}
