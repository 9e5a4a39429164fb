package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.ctrl;
import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Loading and cancelling, and the ways out: q, quick exit, Ctrl-C. */
class ReaderEndingsTest {

    @Test
    void loadingSaysSoAndEscapeCancelsIt() {
        Harness h = Harness.start(80, 24, false, true, "demo:/", false);
        assertEquals("Chargement… (Échap pour annuler)", h.row(22));
        assertTrue(h.row(23).contains("F2 urgences"), h.row(23));
        h.keys(key(KeyType.Escape));
        assertEquals("Chargement annulé.", h.row(22));
        h.finishLoads();
        assertEquals("liseuse", h.row(0).strip(), "a cancelled page never shows");
        assertEquals(Optional.empty(), h.reader.ending());
    }

    /**
     * Esc stops the request itself: the loader is free at once for the next page, long before the
     * abandoned request's own timeout (15 s), and the page given up on is not fetched to the end.
     */
    @Test
    void escapeStopsASlowRequestAndTheNextPageComesAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean answered = new AtomicBoolean();
        LoopbackServer server = new LoopbackServer(exchange -> {
            try {
                if (release.await(30, TimeUnit.SECONDS)) {
                    byte[] page = "<title>Lente</title><p>Enfin.</p>".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, page.length);
                    exchange.getResponseBody().write(page);
                    answered.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        ExecutorService loader = Executors.newSingleThreadExecutor();
        try {
            Harness h = Harness.onThread(loader, server.base() + "/lente");
            assertEquals("Chargement… (Échap pour annuler)", h.row(22));
            h.keys(key(KeyType.Escape));
            assertEquals("Chargement annulé.", h.row(22));
            h.reader.start("demo:/", false);
            assertTrue(h.pumpUntil(screen -> screen.startsWith("Accueil") || screen.contains("\nAccueil"), 8),
                    "the next page came in before the slow request's timeout: " + h.text());
            assertTrue(!answered.get(), "the slow page was never served");
        } finally {
            release.countDown();
            loader.shutdownNow();
            server.close();
        }
    }

    @Test
    void aFailedLoadIsSaidAndThePageShownBeforeStays() {
        Harness h = Harness.open("demo:/");
        h.type("2").keys(key(KeyType.Escape));
        h.reader.start("demo:/no-such-page", false);
        h.pump();
        assertTrue(h.row(22).startsWith("Échec : "), h.row(22));
        assertEquals("Accueil", h.row(0).strip(), "the page shown before stays");
        assertEquals(Optional.empty(), h.reader.ending());
    }

    @Test
    void quitKeys() {
        assertEquals(Optional.of(Reader.Ending.QUIT), Harness.open("demo:/").type("q").reader.ending());
        assertEquals(Optional.of(Reader.Ending.QUICK_EXIT), Harness.open("demo:/").keys(ctrl('x')).reader.ending());
        assertEquals(Optional.of(Reader.Ending.QUICK_EXIT),
                Harness.open("demo:/").keys(key(KeyType.F12)).reader.ending());
        assertEquals(Optional.of(Reader.Ending.INTERRUPTED), Harness.open("demo:/").keys(ctrl('c')).reader.ending());
    }

    @Test
    void quickExitWorksFromTheFindFieldAndWhileLoading() {
        assertEquals(Optional.of(Reader.Ending.QUICK_EXIT),
                Harness.open("demo:/").type("/q").keys(key(KeyType.F12)).reader.ending());
        assertEquals(Optional.of(Reader.Ending.QUICK_EXIT),
                Harness.start(80, 24, false, true, "demo:/", false).keys(ctrl('x')).reader.ending());
    }
}
