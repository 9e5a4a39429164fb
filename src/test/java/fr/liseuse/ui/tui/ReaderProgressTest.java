package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.ManualClock;
import fr.liseuse.ui.TricklingServer;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A slow page load in the full-screen reader: after a second the message row tells the seconds and
 * the bytes received, counted on the clock the test moves, from a real server on 127.0.0.1 that sends
 * 120 KiB of the page and holds the rest; the page or a cancel clears it.
 */
class ReaderProgressTest {

    private static final int MESSAGE_ROW = 22;
    private static final int FIRST = 120 * 1024;

    private final ManualClock clock = new ManualClock();
    private final ExecutorService loader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        loader.shutdownNow();
    }

    @Test
    void aSlowLoadCountsSecondsAndBytesInTheMessageRowUntilThePageShows() throws Exception {
        try (TricklingServer server = new TricklingServer(FIRST)) {
            Harness h = Harness.timed(loader, clock, Messages.french(), server.url());
            clock.at(900);
            h.pump();
            assertEquals("Chargement… (Échap pour annuler)", h.row(MESSAGE_ROW), "nothing new in the first second");
            clock.at(3_000);
            assertTrue(h.pumpUntil(screen -> h.row(MESSAGE_ROW).equals("Chargement… 3 s, 120 Kio reçus (Échap pour annuler)"), 10),
                    h.text());
            assertTrue(h.row(23).contains("F2 urgences"), "the status row stays: " + h.row(23));
            long redraw = h.reader.untilRedraw();
            assertTrue(redraw > 0 && redraw <= 1_001, "drawn again within the next second: " + redraw);
            clock.at(4_000);
            h.pump();
            assertEquals("Chargement… 4 s, 120 Kio reçus (Échap pour annuler)", h.row(MESSAGE_ROW));

            server.release();
            assertTrue(h.pumpUntil(screen -> screen.startsWith("Lente"), 10), h.text());
            assertEquals("Lente. Aucun lien. Aide : F1.", h.row(MESSAGE_ROW), "the page's announcement replaces it");
            assertEquals(-1, h.reader.untilRedraw(), "nothing left to count");
        }
    }

    @Test
    void escapeCancelsAndClearsTheCountInEnglish() throws Exception {
        try (TricklingServer server = new TricklingServer(FIRST)) {
            Harness h = Harness.timed(loader, clock, Messages.english(), server.url());
            clock.at(2_000);
            assertTrue(h.pumpUntil(screen -> h.row(MESSAGE_ROW).equals("Loading… 2 s, 120 KiB received (Esc to cancel)"), 10),
                    h.text());
            escapeCancelsAndCountsNoMore(h, "Loading cancelled.", 5_000);
        }
    }

    @Test
    void aQuickLoadShowsNothingNew() {
        Harness h = Harness.timed(Runnable::run, clock, Messages.french(), "demo:/");
        String opened = h.row(MESSAGE_ROW);
        assertTrue(opened.startsWith("Accueil. "), opened);
        clock.at(5_000);
        h.pump();
        assertEquals(opened, h.row(MESSAGE_ROW));
    }

    /**
     * The reader on the demo site, whose search goes to SERVER, in the language of MESSAGES: WORDS
     * typed into its site search (/, then the scope switched from the page to the site) and sent.
     */
    private Harness searchTheDemoSite(TricklingServer server, Messages messages, String words) throws Exception {
        SiteProfiles profiles = SiteProfiles.load(Map.of("LISEUSE_SITE_DEMO_BASE", server.base()), messages, warning -> { });
        Harness h = Harness.timed(loader, clock, messages, profiles, "demo:/");
        assertTrue(h.pumpUntil(screen -> h.row(MESSAGE_ROW).startsWith("Accueil. "), 10), h.text());
        h.type("/").keys(key(KeyType.ReverseTab)).type(words).keys(key(KeyType.Enter));
        return h;
    }

    @Test
    void aSlowSiteSearchCountsSecondsAndBytesUntilTheResultsShow() throws Exception {
        try (TricklingServer server = new TricklingServer(FIRST)) {
            Harness h = searchTheDemoSite(server, Messages.french(), "eau");
            assertEquals("Recherche sur le site Métropole de Lisière… (Échap pour annuler)", h.row(MESSAGE_ROW));
            clock.at(900);
            h.pump();
            assertEquals("Recherche sur le site Métropole de Lisière… (Échap pour annuler)", h.row(MESSAGE_ROW),
                    "nothing new in the first second");
            clock.at(2_000);
            assertTrue(h.pumpUntil(screen -> h.row(MESSAGE_ROW).equals(
                    "Recherche sur le site… 2 s, 120 Kio reçus (Échap pour annuler)"), 10), h.text());
            long redraw = h.reader.untilRedraw();
            assertTrue(redraw > 0 && redraw <= 1_001, "drawn again within the next second: " + redraw);

            server.release();
            assertTrue(h.pumpUntil(screen -> h.row(MESSAGE_ROW).startsWith("Aucun résultat sur le site"), 10), h.text());
            assertEquals(-1, h.reader.untilRedraw(), "nothing left to count once the results show");
        }
    }

    @Test
    void escapeCancelsASlowSiteSearchAndItsCountInEnglish() throws Exception {
        try (TricklingServer server = new TricklingServer(FIRST)) {
            Harness h = searchTheDemoSite(server, Messages.english(), "water");
            clock.at(3_000);
            assertTrue(h.pumpUntil(screen -> h.row(MESSAGE_ROW).equals(
                    "Searching the site… 3 s, 120 KiB received (Esc to cancel)"), 10), h.text());
            escapeCancelsAndCountsNoMore(h, "Search cancelled.", 6_000);
        }
    }

    /** Esc shows CANCELLED in the message row, which stays as it is when the clock reaches LATER_MILLIS. */
    private void escapeCancelsAndCountsNoMore(Harness h, String cancelled, long laterMillis) throws Exception {
        h.keys(key(KeyType.Escape));
        assertEquals(cancelled, h.row(MESSAGE_ROW));
        assertEquals(-1, h.reader.untilRedraw());
        clock.at(laterMillis);
        h.pump();
        assertEquals(cancelled, h.row(MESSAGE_ROW), "a cancelled wait is no longer counted");
    }
}
