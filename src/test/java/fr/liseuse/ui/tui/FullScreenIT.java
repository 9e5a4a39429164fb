package fr.liseuse.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    void f2ListsTheNationalNumbersThenThePagesOwn() throws Exception {
        try (Tmux t = new Tmux(PROJECT, 100, 120, VIOLENCES)) {
            t.waitFor("Vous êtes en danger");
            t.send("F2");
            // the whole panel, not a frame caught half drawn, nor the article (which shows the number too)
            String screen = t.waitUntil(s -> s.contains("Numéros nationaux") && s.contains("Dans cette page")
                    && s.indexOf("03 53 01 42 17") > s.indexOf("Dans cette page"), "the panel with the page's own number");
            assertTrue(screen.indexOf("3919 : ") > screen.indexOf("Numéros nationaux"), screen);
            assertTrue(screen.indexOf("03 53 01 42 17") > screen.indexOf("Dans cette page"), screen);
            t.waitStable();
            assertEquals("2,2", t.cursor());
            t.send("Escape");
            t.waitUntil(s -> !s.contains("Numéros nationaux"), "the panel to close");
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
