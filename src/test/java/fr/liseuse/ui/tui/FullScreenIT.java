package fr.liseuse.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./liseuse} in a tmux pane, as a user at a terminal runs it. */
class FullScreenIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String VIOLENCES = "demo:/solidarite/violences-conjugales";

    @BeforeAll
    static void needsTmuxAndTheJar() {
        assumeTrue(Tmux.available(), "tmux is not installed: end-to-end tests of the full-screen reader SKIPPED "
                + "(.ci/run installs it)");
        assertTrue(Files.exists(PROJECT.resolve("target/liseuse.jar")), "run after package: target/liseuse.jar");
    }

    private static void assertSaneTerminal(String screen) {
        assertTrue(screen.contains(" icanon") && screen.contains(" echo ") && screen.contains("intr = ^C"),
                "terminal modes restored:\n" + screen);
    }

    @Test
    void firstScreenIsTheDemoHomeMenuWithTheCursorOnTheFirstEntry() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 80, 24)) {
            String screen = t.waitFor("Au quotidien");
            t.waitStable();
            screen = t.screen();
            assertTrue(screen.contains("> Au quotidien"), screen);
            assertTrue(screen.contains("F2 urgences") && screen.contains("F1 aide")
                    && screen.contains("Ctrl-X sortie rapide"), screen);
            assertEquals("2,1", t.cursor());
            assertFalse(screen.contains("\0"));
        }
    }

    @Test
    void f2On80By24ShowsTheWholeEmergencyListOnItsFirstScreenAndEnterItsDetails(@TempDir Path home) throws Exception {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("contacts.json"),
                "{\"contacts\": [{\"name\": \"Claire, ma sœur\", \"number\": \"06 12 34 56 78\"}]}");
        try (Tmux t = new Tmux(PROJECT, home, 80, 24, VIOLENCES)) {
            t.waitFor("Vous êtes en danger");
            t.send("F2");
            // the whole panel, not a frame caught half drawn, nor the article (which shows the numbers too)
            String screen = t.waitUntil(s -> s.contains("Écoute et aide, numéros nationaux") && s.contains("3018 : "),
                    "the emergency panel down to its last line");
            List<String> order = List.of("> 17 : Police secours / gendarmerie · urgence", "  112 : Numéro d'urgence européen",
                    "  114 : Urgences par SMS · urgence · par SMS", "Vos contacts", "  06 12 34 56 78 : Claire, ma sœur",
                    "Dans cette page", "  03 53 01 42 17", "  3919 : Violences Femmes Info · écoute · gratuit");
            for (int i = 1; i < order.size(); i++) {
                assertTrue(screen.indexOf(order.get(i - 1)) >= 0 && screen.indexOf(order.get(i - 1)) < screen.indexOf(order.get(i)),
                        order.get(i - 1) + " before " + order.get(i) + " on the first screen:\n" + screen);
            }
            t.waitStable();
            assertEquals("2,2", t.cursor(), "the cursor on 17");
            t.send("Enter");
            t.waitFor("Faire intervenir tout de suite la police");
            t.waitStable();
            assertEquals("2,1", t.cursor(), "the cursor on the first line of the details");
            t.send("Escape");
            t.waitFor("Écoute et aide, numéros nationaux");
            t.waitStable();
            assertEquals("2,2", t.cursor(), "back on 17");
            t.send("Escape");
            t.waitUntil(s -> !s.contains("Écoute et aide, numéros nationaux"), "the panel to close");
        }
    }

    @Test
    void menuNavigationThenALinkFollowedAndBack() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 80, 24)) {
            t.waitFor("> Au quotidien");
            t.send("Down");
            t.waitFor("> La métropole");
            t.waitStable();
            assertEquals("2,2", t.cursor());
            t.send("Up", "Enter");
            t.waitFor("Menu du site › Au quotidien");
            t.send("Escape", "Escape");
            t.waitFor("la collecte des déchets[1]");
            t.send("Tab");
            t.waitFor("Lien 1 : Jours fériés");
            t.send("Enter");
            t.waitFor("Collecte des déchets : jours et horaires");
            t.send("BSpace");
            t.waitFor("Page précédente : Accueil");
        }
    }

    @Test
    void onA200ColumnWindowTheTextKeepsAnEightyColumnMeasureAndWidthChangesIt() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 200, 50, VIOLENCES)) {
            t.waitFor("Vous subissez des violences");
            t.waitStable();
            assertTrue(widestText(t.screen()) > 70 && widestText(t.screen()) <= 82, t.screen());
        }
        try (Tmux t = new Tmux(PROJECT, 200, 50, "--width", "60", VIOLENCES)) {
            t.waitFor("Vous subissez des violences");
            t.waitStable();
            assertTrue(widestText(t.screen()) > 50 && widestText(t.screen()) <= 62, t.screen());
        }
    }

    /** The widest row between the title row and the two bottom rows. */
    private static int widestText(String screen) {
        List<String> rows = screen.lines().toList();
        return rows.subList(1, rows.size() - 2).stream().mapToInt(r -> r.stripTrailing().length()).max().orElse(0);
    }

    @Test
    void backComesBackToTheLinesAndTheLinkLeft() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 80, 24, "demo:/")) {
            t.waitFor("la collecte des déchets[1]");
            t.send("PageDown");
            t.send("Tab");
            t.waitFor("Lien 3 : ");
            t.waitStable();
            String before = t.screen();
            String cursor = t.cursor();
            t.send("Enter");
            t.waitUntil(s -> !s.startsWith("Accueil"), "the linked page");
            t.send("Escape");
            t.waitFor("Page précédente : Accueil");
            t.waitStable();
            assertEquals(before.lines().limit(22).toList(), t.screen().lines().limit(22).toList(), "the same lines");
            assertEquals(cursor, t.cursor(), "the cursor on the same link");
        }
    }

    @Test
    void at40ColumnsTheStatusRowKeepsTheEmergencyAndQuickExitKeysInFull() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 40, 24, VIOLENCES)) {
            t.waitFor("Vous subissez");
            t.waitStable();
            List<String> rows = t.screen().lines().toList();
            assertEquals("F2 urgences  F1 aide  Ctrl-X sortie", rows.get(23).strip(), t.screen());
        }
        try (Tmux t = new Tmux(PROJECT, 40, 24, "--lang", "en", VIOLENCES)) {
            t.waitFor("Vous subissez");
            t.waitStable();
            List<String> rows = t.screen().lines().toList();
            assertEquals("F2 emergency  F1 help  Ctrl-X quick exit", rows.get(23).strip(), t.screen());
        }
    }

    @Test
    void noLineModeOpensTheFullScreenReaderWhenSettingsAndEnvironmentAskForLineMode(@TempDir Path home)
            throws Exception {
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("settings.json"), "{\"lineMode\": true}");
        Map<String, String> env = Map.of("LISEUSE_HOME", home.toString(), "LISEUSE_SCREEN_READER", "1");
        try (Tmux t = new Tmux(PROJECT, 80, 24, env, List.of("./liseuse", "--offline"))) {
            String screen = t.waitFor("mode ligne");
            assertFalse(screen.contains("F2 urgences"), "without the option, line mode as the settings ask:\n" + screen);
            t.send("q", "Enter");
            t.waitFor("EXIT=0");
        }
        try (Tmux t = new Tmux(PROJECT, 80, 24, env, List.of("./liseuse", "--offline", "--no-line-mode"))) {
            t.waitFor("Au quotidien");
            t.waitStable();
            String screen = t.screen();
            assertTrue(screen.contains("F2 urgences") && screen.contains("Ctrl-X sortie rapide"), screen);
            assertFalse(screen.contains("mode ligne"), screen);
            t.send("q");
            t.waitFor("EXIT=0");
        }
    }

    @Test
    void aResizedWindowIsDrawnAgainAtItsNewWidth() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 80, 24, VIOLENCES)) {
            t.waitFor("Vous subissez des violences");
            t.waitStable();
            t.resize(50, 20);
            // the message row naming the page no longer fits: the reader shortens it, knowing the new width
            String screen = t.waitUntil(s -> s.lines().anyMatch(l -> l.startsWith("Violences conjugales") && l.endsWith("…")),
                    "the page's row shortened to 50 columns");
            assertTrue(screen.contains("F2 urgences"), screen);
            t.send("q");
            t.waitFor("EXIT=0");
        }
    }

    @Test
    void quickExitLeavesNoArticleTextAndASaneTerminal() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 80, 24, VIOLENCES)) {
            t.waitFor("Vous subissez des violences");
            t.send("C-x");
            String screen = t.waitFor("intr = "); // the stty -a printed after EXIT=
            assertTrue(screen.contains("EXIT=0"), screen);
            String all = t.history();
            assertFalse(all.contains("violences") || all.contains("Violences") || all.contains("3919"), all);
            assertSaneTerminal(screen);
        }
    }

    @Test
    void f12IsAQuickExitToo() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 80, 24, VIOLENCES)) {
            t.waitFor("Vous subissez des violences");
            t.send("F12");
            assertTrue(t.waitFor("EXIT=").contains("EXIT=0"));
            assertFalse(t.history().contains("iolences"));
        }
    }

    @Test
    void ctrlCExits130WithTheTerminalRestored() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 80, 24)) {
            t.waitFor("Au quotidien");
            t.send("C-c");
            String screen = t.waitFor("intr = "); // the stty -a printed after EXIT=
            assertTrue(screen.contains("EXIT=130"), screen);
            assertSaneTerminal(screen);
        }
    }
}
