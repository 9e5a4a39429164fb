package fr.liseuse.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.source.Received;
import fr.liseuse.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * When and how a wait is told: the full screen after 1 s, line mode at 3 s then every 10 s; a page
 * load and a site search with the bytes received, a library search with its seconds alone.
 */
class ProgressTest {

    private final ManualClock clock = new ManualClock();
    private final Progress progress = new Progress(Progress.Wait.PAGE, clock);
    private final Received received = progress.received();

    @Test
    void theFullScreenSaysNothingNewDuringTheFirstSecond() {
        clock.at(999);
        assertEquals(Optional.empty(), progress.screenMessage(Messages.french()));
        assertEquals(TimeUnit.MILLISECONDS.toNanos(1), progress.untilScreenChange());
    }

    @Test
    void theFullScreenTellsSecondsAndBytesInTheUiLanguageAndChangesEverySecond() {
        received.add(120 * 1024);
        clock.at(3400);
        assertEquals(Optional.of("Chargement… 3 s, 120 Kio reçus (Échap pour annuler)"),
                progress.screenMessage(Messages.french()));
        assertEquals(Optional.of("Loading… 3 s, 120 KiB received (Esc to cancel)"),
                progress.screenMessage(Messages.english()));
        assertEquals(TimeUnit.MILLISECONDS.toNanos(600), progress.untilScreenChange(), "next at 4 s");
        received.add(400 * 1024);
        clock.at(4000);
        assertEquals(Optional.of("Chargement… 4 s, 520 Kio reçus (Échap pour annuler)"),
                progress.screenMessage(Messages.french()));
    }

    @Test
    void lineModeSpeaksAt3Then13Then23SecondsAndNeverInBetween() {
        List<Long> spoken = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (long ms = 0; ms <= 30_000; ms += 100) {
            clock.at(ms);
            long at = ms;
            progress.dueLine(Messages.french()).ifPresent(line -> {
                spoken.add(at);
                lines.add(line);
            });
        }
        assertEquals(List.of(3_000L, 13_000L, 23_000L), spoken);
        assertEquals("Chargement en cours : 3 s, 0 octets reçus.", lines.get(0));
        assertEquals("Chargement en cours : 23 s, 0 octets reçus.", lines.get(2));
    }

    @Test
    void aLateLineIsFollowedByTheNextOneTenSecondsAfterIt() {
        clock.at(8_000);
        received.add(2048);
        assertEquals(Optional.of("Still loading: 8 s, 2 KiB received."), progress.dueLine(Messages.english()));
        clock.at(13_000);
        assertEquals(Optional.empty(), progress.dueLine(Messages.english()), "not two lines 5 s apart");
        assertEquals(TimeUnit.SECONDS.toNanos(5), progress.untilLine());
        clock.at(18_000);
        assertEquals(Optional.of("Still loading: 18 s, 2 KiB received."), progress.dueLine(Messages.english()));
    }

    @Test
    void aSiteSearchCountsItsBytes() {
        Progress search = new Progress(Progress.Wait.SITE_SEARCH, clock);
        search.received().add(3 * 1024);
        clock.at(2_000);
        assertEquals(Optional.of("Recherche sur le site… 2 s, 3 Kio reçus (Échap pour annuler)"),
                search.screenMessage(Messages.french()));
        assertEquals(Optional.of("Searching the site… 2 s, 3 KiB received (Esc to cancel)"),
                search.screenMessage(Messages.english()));
        clock.at(3_000);
        assertEquals(Optional.of("Recherche sur le site en cours : 3 s, 3 Kio reçus."),
                search.dueLine(Messages.french()));
        clock.at(13_000);
        assertEquals(Optional.of("Still searching the site: 13 s, 3 KiB received."),
                search.dueLine(Messages.english()));
    }

    @Test
    void aLibrarySearchTellsItsSecondsWithoutBytes() {
        Progress search = new Progress(Progress.Wait.LIBRARY_SEARCH, clock);
        clock.at(3_000);
        assertEquals(Optional.of("Recherche dans la bibliothèque… 3 s (Échap pour annuler)"),
                search.screenMessage(Messages.french()));
        assertEquals(Optional.of("Still searching the library: 3 s."), search.dueLine(Messages.english()));
    }

    @Test
    void lineModesWaitsHaveTheirLinesInBothLanguages() {
        for (Progress.Wait wait : List.of(Progress.Wait.PAGE, Progress.Wait.SITE_SEARCH, Progress.Wait.LIBRARY_SEARCH,
                Progress.Wait.LIBRARY, Progress.Wait.SAVE)) {
            clock.at(0);
            Progress waiting = new Progress(wait, clock);
            clock.at(3_000);
            String french = waiting.dueLine(Messages.french()).orElseThrow();
            assertTrue(french.endsWith(".") && french.contains(" en cours : 3 s"), wait + ": " + french);
            clock.at(13_000);
            String english = waiting.dueLine(Messages.english()).orElseThrow();
            assertTrue(english.startsWith("Still ") && english.contains(": 13 s"), wait + ": " + english);
        }
    }

    @Test
    void everyWaitHasItsFullScreenMessageInBothLanguages() {
        for (Progress.Wait wait : Progress.Wait.values()) {
            clock.at(0);
            Progress waiting = new Progress(wait, clock);
            clock.at(5_000);
            for (Messages messages : List.of(Messages.french(), Messages.english())) {
                String said = waiting.screenMessage(messages).orElseThrow();
                assertFalse(said.startsWith("tui."), wait + ": " + said);
                assertTrue(said.contains(" 5 s"), wait + ": " + said);
            }
        }
    }
}
