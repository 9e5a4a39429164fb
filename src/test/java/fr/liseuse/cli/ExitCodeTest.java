package fr.liseuse.cli;

import static fr.liseuse.cli.CliRunner.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each exit code of CONTRACT §5 with its one-line message. */
class ExitCodeTest {

    private static void assertOneErrorLine(CliRunner.Result r) {
        assertTrue(r.err().startsWith("liseuse: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingFileIs66() {
        CliRunner.Result r = new CliRunner().run("read", fixture("absent.html"));
        assertEquals(66, r.code());
        assertOneErrorLine(r);
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionIs2() {
        CliRunner.Result r = new CliRunner().run("read", "--no-such-option", fixture("collecte.html"));
        assertEquals(2, r.code());
        assertOneErrorLine(r);
    }

    @Test
    void badOptionValuesAre2() {
        assertEquals(2, new CliRunner().run("read", "--width", "large", fixture("collecte.html")).code());
        assertEquals(2, new CliRunner().run("read", "--format", "pdf", fixture("collecte.html")).code());
        assertEquals(2, new CliRunner().run("--lang", "de", "read", fixture("collecte.html")).code());
        assertEquals(2, new CliRunner().run("--timeout", "0", "read", fixture("collecte.html")).code());
        assertEquals(2, new CliRunner().run("read").code());
        CliRunner.Result lineMode = new CliRunner().run("--line-mode=maybe", "demo:/");
        assertEquals(2, lineMode.code());
        assertTrue(lineMode.err().contains("--line-mode") && lineMode.err().contains("maybe"),
                "the option is named as the user wrote it, not by its alias: " + lineMode.err());
    }

    @Test
    void usageErrorsFollowTheUiLanguage() {
        assertTrue(new CliRunner().run("read", "--bogus", fixture("collecte.html")).err()
                .startsWith("liseuse: option ou argument inconnu : --bogus"));
        assertTrue(new CliRunner().run("--lang", "en", "read", "--width", "large", "x.html").err()
                .startsWith("liseuse: invalid value for --width: \"large\""));
        assertTrue(new CliRunner().run("read").err().startsWith("liseuse: paramètre manquant : SOURCE"));
    }

    @Test
    void emptyFileIs65() {
        CliRunner.Result r = new CliRunner().run("read", fixture("vide.html"));
        assertEquals(65, r.code());
        assertOneErrorLine(r);
    }

    @Test
    void aPageLargerThanTheCapIs65(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path huge = dir.resolve("enorme.html");
        String paragraph = "<p>" + "Un paragraphe de texte qui se répète. ".repeat(100) + "</p>\n";
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(huge)) {
            out.write("<html><body>");
            while (java.nio.file.Files.size(huge) < 11L * 1024 * 1024) out.write(paragraph.repeat(100));
        }
        CliRunner.Result r = new CliRunner().run("read", huge.toString());
        assertEquals(65, r.code());
        assertOneErrorLine(r);
    }

    @Test
    void truncatedHtmlIsStillRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path cut = dir.resolve("coupee.html");
        java.nio.file.Files.writeString(cut, "<html><head><title>Coupée</title></head><body><article><h1>Coupée</h1>"
                + "<p>Le début de l'article est bien là, avec assez de texte pour être lu comme un article complet."
                + "</p><p>Puis la page s'arrê");
        CliRunner.Result r = new CliRunner().run("read", cut.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Le début de l'article est bien là"), r.out());
        assertTrue(r.out().contains("Puis la page s'arrê"), r.out());
    }

    @Test
    void binaryFileIs65() {
        CliRunner.Result r = new CliRunner().run("read", fixture("image.html"));
        assertEquals(65, r.code());
        assertOneErrorLine(r);
    }

    @Test
    void urlWhileOfflineIs69() {
        CliRunner.Result r = new CliRunner().run("--offline", "read", "https://metropole-lisiere.test/");
        assertEquals(69, r.code());
        assertOneErrorLine(r);
    }

    @Test
    void unknownDemoPageIs66() {
        assertEquals(66, new CliRunner().run("read", "demo:/pas-de-page-ici").code());
    }

    @Test
    void errorsFollowTheUiLanguage() {
        String fr = new CliRunner().run("read", fixture("absent.html")).err();
        String en = new CliRunner().env("LANG", "en_GB.UTF-8").run("read", fixture("absent.html")).err();
        assertFalse(fr.equals(en), fr + " / " + en);
        assertEquals(en, new CliRunner().run("--lang", "en", "read", fixture("absent.html")).err());
    }

    @Test
    void verboseAddsTheDetailsBelowTheErrorLine() {
        CliRunner.Result r = new CliRunner().run("-v", "read", fixture("absent.html"));
        assertEquals(66, r.code());
        assertTrue(r.err().startsWith("liseuse: "), r.err());
        assertTrue(r.err().lines().count() > 1, r.err());
    }

    @Test
    void helpOfEveryCommandListsOptionsAndExitCodes() {
        for (String command : new String[] {"read", "menu", "links", "contacts", "completion"}) {
            CliRunner.Result r = new CliRunner().run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Codes de sortie :"), command + ": " + r.out());
            assertTrue(r.out().contains("69"), command);
            assertTrue(r.out().contains("--offline"), command + " lists the global options");
        }
        CliRunner.Result english = new CliRunner().run("--lang", "en", "read", "--help");
        assertTrue(english.out().contains("Exit codes:") && english.out().contains("Output format"), english.out());
        CliRunner.Result top = new CliRunner().run("--help");
        assertTrue(top.out().contains("Ctrl-X"), "top-level help names the quick exit");
        assertTrue(top.out().contains("contacts"), "top-level help names the emergency contacts");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRunner.Result r = new CliRunner().run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("liseuse \\d+\\.\\d+\\.\\d+.*\\n"), r.out());
    }
}
