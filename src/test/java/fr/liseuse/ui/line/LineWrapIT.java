package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.liseuse.text.DisplayWidth;
import fr.liseuse.ui.tui.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Line mode in a real 60-column terminal (tmux), as a screen-reader user on a console runs it
 * ({@code TERM=dumb}): the article's lines are wrapped by liseuse between words, so the terminal
 * never folds a row inside a word, and a resize between two commands is followed.
 */
class LineWrapIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @BeforeAll
    static void needsTmuxAndTheJar() {
        assumeTrue(Tmux.available(), "tmux is not installed: end-to-end tests of line mode's wrap SKIPPED "
                + "(.ci/run installs it)");
        assertTrue(Files.exists(PROJECT.resolve("target/liseuse.jar")), "run after package: target/liseuse.jar");
    }

    private static Tmux lineMode(int columns, String source) throws Exception {
        return new Tmux(PROJECT, columns, 50, Map.of("TERM", "dumb", "LISEUSE_HOME", PROJECT.resolve("target/e2e-home").toString()),
                List.of("./liseuse", "--offline", source));
    }

    /** The rows between the last echo of COMMAND and the end of the page or of the first screen it read. */
    private static List<String> screenAfter(String history, String command) {
        List<String> rows = history.lines().toList();
        int start = rows.lastIndexOf(command) + 1;
        int end = start;
        while (end < rows.size() && !rows.get(end).equals("Fin de la page.")) end++;
        return rows.subList(start, end);
    }

    @Test
    void noRowOfTheArticleSplitsAWordAt60Columns() throws Exception {
        try (Tmux t = lineMode(60, "demo:/numerique/accompagnement")) {
            t.waitFor("Tapez « lire » pour lire.");
            t.send("lire", "Enter");
            t.waitFor("Entrée pour la suite.");
            t.send("Enter", "Enter", "Enter", "Enter"); // more screens than the page has: the last ones say it ended
            t.waitFor("Fin de la page.");
            t.send("q", "Enter");
            assertTrue(t.waitFor("EXIT=").contains("EXIT=0"));
            String folded = t.history();
            assertEquals(t.historyUnfolded(), folded, "the terminal folded no row: liseuse wrapped every line itself");
            List<String> article = screenAfter(folded, "lire");
            assertTrue(article.size() > 10, folded);
            assertTrue(article.stream().allMatch(r -> DisplayWidth.of(r) <= 60), folded);
            String sentence = "Créer une adresse électronique, déclarer ses revenus, prendre un rendez-vous médical en ligne :"
                    + " des conseillers numériques vous accompagnent gratuitement.";
            assertTrue(String.join(" ", article).contains(sentence) && article.stream().noneMatch(r -> r.contains(sentence)),
                    "the sentence, wider than the terminal, is on rows broken between its words: " + article);
            assertTrue(article.stream().anyMatch(r -> r.contains("03 53 01 35 35")), "the phone number on one row:\n" + folded);
        }
    }

    @Test
    void aTerminalResizedBetweenTwoCommandsIsFollowed() throws Exception {
        try (Tmux t = lineMode(80, "demo:/numerique/accompagnement")) {
            t.waitFor("Tapez « lire » pour lire.");
            t.resize(44, 50);
            t.send("lire", "Enter");
            t.waitFor("Entrée pour la suite.");
            // tmux folds again what was written before the resize, at the new width: only what follows counts
            List<String> read = screenAfter(t.history(), "lire");
            assertEquals(screenAfter(t.historyUnfolded(), "lire"), read, "the terminal folded no row");
            assertTrue(read.size() > 5 && read.stream().allMatch(r -> DisplayWidth.of(r) <= 44), String.join("\n", read));
            t.send("x", "Enter");
        }
    }
}
