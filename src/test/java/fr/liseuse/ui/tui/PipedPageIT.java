package fr.liseuse.ui.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code cat page.html | liseuse -} at a terminal: the page comes from the pipe, the keys from the
 * terminal (as {@code less} reads them), and the article is shown.
 */
class PipedPageIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path PAGE = PROJECT.resolve("src/test/resources/cli/collecte.html");

    @BeforeAll
    static void needsTmuxAndTheJar() {
        assumeTrue(Tmux.available(), "tmux is not installed: end-to-end tests of a piped page SKIPPED "
                + "(.ci/run installs it)");
        assertTrue(Files.exists(PROJECT.resolve("target/liseuse.jar")), "run after package: target/liseuse.jar");
    }

    @Test
    void thePipedArticleIsShownFullScreenAndQQuits() throws Exception {
        try (Tmux t = Tmux.piped(PROJECT, 80, 24, PAGE, "-")) {
            // the whole first frame: the article and the status line
            t.waitUntil(s -> s.contains("Les encombrants sont collectés") && s.contains("F2 urgences"),
                    "the article with the status line");
            t.send("Down", "F2");
            t.waitFor("Urgences et numéros d'aide");
            t.send("Escape");   // alone: Esc then q in one write would read as Alt-q
            t.waitUntil(s -> !s.contains("Urgences et numéros d'aide"), "the panel to close");
            t.send("q");
            String screen = t.waitFor("intr = "); // the stty -a printed after EXIT=
            assertTrue(screen.contains("EXIT=0"), screen);
            assertTrue(screen.contains(" icanon") && screen.contains(" echo "), "terminal modes restored:\n" + screen);
        }
    }

    @Test
    void inLineModeCommandsComeFromTheTerminal() throws Exception {
        try (Tmux t = Tmux.piped(PROJECT, 80, 24, PAGE, "--line-mode", "-")) {
            t.waitFor("Page : Collecte des encombrants");
            t.send("lire", "Enter");
            t.waitFor("Les encombrants sont collectés");
            t.send("q", "Enter");
            String screen = t.waitFor("EXIT=");
            assertTrue(screen.contains("EXIT=0"), screen);
            assertFalse(screen.contains("Commande inconnue"), screen);
        }
    }
}
