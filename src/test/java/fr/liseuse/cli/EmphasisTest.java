package fr.liseuse.cli;

import static fr.liseuse.cli.CliRunner.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code --color} in text output: bold headings and faint metadata when colour is allowed, nothing
 * otherwise; the only escape sequences are those, around text that is otherwise unchanged.
 */
class EmphasisTest {

    private static final String BOLD = "\u001b[1m";
    private static final String FAINT = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private static String ours(String out) {
        return out.replace(BOLD, "").replace(FAINT, "").replace(RESET, "");
    }

    @Test
    void alwaysMakesHeadingsBoldAndTheMetadataFaint() {
        String out = new CliRunner().run("--color", "always", "read", fixture("collecte.html")).out();
        assertTrue(out.startsWith(BOLD + "Collecte des encombrants" + RESET + "\n====="), out);
        assertTrue(out.contains("\n" + FAINT + "Publié le 4 mars 2025" + RESET + "\n"), out);
        assertTrue(out.contains("\n" + BOLD + "Ce qui est accepté" + RESET + "\n---"), out);
    }

    @Test
    void theOnlyEscapesAreOursAndTheTextIsUnchanged() {
        String plain = new CliRunner().run("read", fixture("collecte.html")).out();
        String emphasised = new CliRunner().run("--color", "always", "read", fixture("collecte.html")).out();
        assertFalse(ours(emphasised).contains("\u001b"), emphasised);
        assertEquals(plain, ours(emphasised));
        String hostile = "<html><head><title>\u001b[31mRouge\u001b]0;titre\u0007</title></head>"
                + "<body><h1>\u001b[2JEffacé</h1><p>Texte \u009b31m rouge.</p></body></html>";
        String out = new CliRunner().stdin(hostile).run("--color", "always", "read", "-").out();
        assertTrue(out.contains(BOLD), out);
        assertFalse(ours(out).contains("\u001b") || out.contains("\u009b") || out.contains("\u0007"), out);
    }

    @Test
    void neverNoColorAndPipesGetNone() {
        assertFalse(new CliRunner().onTerminal().env("TERM", "xterm").run("--color", "never", "read", fixture("collecte.html"))
                .out().contains("\u001b"));
        assertFalse(new CliRunner().onTerminal().env("TERM", "xterm").env("NO_COLOR", "1").run("read", fixture("collecte.html"))
                .out().contains("\u001b"));
        assertFalse(new CliRunner().env("TERM", "xterm").run("read", fixture("collecte.html")).out().contains("\u001b"));
        assertTrue(new CliRunner().onTerminal().env("TERM", "xterm").run("read", fixture("collecte.html")).out().contains(BOLD),
                "auto on a terminal");
    }

    @Test
    void theMenuShowsItsSectionsInBold() {
        String out = new CliRunner().run("--color", "always", "menu", "demo:/").out();
        assertTrue(out.startsWith(BOLD + "1. "), out);
        assertTrue(out.lines().filter(line -> line.startsWith("   1.1.")).findFirst().isPresent(), "sub-entries stay plain: " + out);
        assertFalse(new CliRunner().run("menu", "demo:/").out().contains("\u001b"));
    }
}
