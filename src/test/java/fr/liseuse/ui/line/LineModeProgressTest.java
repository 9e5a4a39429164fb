package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.Settings;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.ManualClock;
import fr.liseuse.ui.Session;
import fr.liseuse.ui.TricklingServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A slow page load in line mode, from a real server on 127.0.0.1 that holds the end of the page, on
 * a clock the test moves: one whole line after 3 s, then one every 10 s, nothing in between, nothing
 * once the page is there or the load cancelled. What a screen reader speaks stays countable.
 */
class LineModeProgressTest {

    private static final String PROGRESS = "Chargement en cours : ";

    private final ManualClock clock = new ManualClock();
    private final StringWriter shown = new StringWriter();
    private final PipedWriter typing = new PipedWriter();
    private LineMode mode;
    private Thread session;

    private void start(String source) throws IOException {
        BufferedReader in = new BufferedReader(new PipedReader(typing));
        PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of())));
        Librarian librarian = new Librarian(loader, new Library(
                Settings.from(Map.of("LISEUSE_HOME", "/nonexistent/liseuse-line-test"), true), LibraryEvents.SILENT));
        Finder finder = new Finder(librarian, new SiteSearches(new Sources(SourceOptions.defaults(Map.of())),
                SiteProfiles.bundled()), SiteProfiles.bundled(), true);
        mode = new LineMode(new Session(loader, InputStream.nullInputStream()), finder, Messages.french(), in,
                new PrintWriter(shown), () -> 0, clock);
        session = new Thread(() -> mode.run(source), "line-mode-under-test");
        session.setDaemon(true);
        session.start();
    }

    @AfterEach
    void quit() throws Exception {
        typing.write("q\n");
        typing.flush();
        session.join(10_000);
    }

    /** Moves the clock to MILLIS and waits until line mode has looked at it; returns its progress lines. */
    private List<String> at(long millis) throws InterruptedException {
        clock.at(millis);
        CountDownLatch looked = new CountDownLatch(1);
        mode.post(() -> { });               // after this task, line mode checks the time
        mode.post(looked::countDown);
        assertTrue(looked.await(10, TimeUnit.SECONDS));
        return progressLines();
    }

    private List<String> progressLines() {
        return shown.toString().lines().filter(l -> l.startsWith(PROGRESS)).toList();
    }

    private void awaitShown(Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.test(shown.toString())) {
            assertTrue(System.nanoTime() < deadline, shown.toString());
            Thread.sleep(20);
        }
    }

    @Test
    void saysTheLoadAt3Then13Then23SecondsAndNothingOnceThePageIsThere() throws Exception {
        try (TricklingServer server = new TricklingServer(120 * 1024)) {
            start(server.url());
            awaitShown(s -> s.contains("Chargement…\n"));
            assertEquals(List.of(), at(1_000));
            assertEquals(List.of(), at(2_900), "nothing before 3 s");
            List<String> lines = at(3_000);
            assertEquals(1, lines.size(), shown.toString());
            assertTrue(lines.get(0).matches("Chargement en cours : 3 s, \\d+(?:,\\d+)? (octets|Kio) reçus\\."), lines.get(0));
            assertEquals(1, at(12_900).size(), "nothing between two lines");
            assertEquals(2, at(13_000).size());
            assertEquals(2, at(22_999).size());
            lines = at(23_000);
            assertEquals(3, lines.size());
            assertTrue(lines.get(2).startsWith("Chargement en cours : 23 s, "), lines.get(2));
            long seconds = 23;
            while (!lines.get(lines.size() - 1).endsWith(" 120 Kio reçus.")) {   // the first bytes, once the client has them
                assertTrue(seconds < 600, shown.toString());
                Thread.sleep(50);
                seconds += 10;
                lines = at(seconds * 1000);
                assertEquals("Chargement en cours : " + seconds + " s, ", lines.get(lines.size() - 1).replaceAll("\\d+(?:,\\d+)? (octets|Kio) reçus\\.$", ""));
            }

            server.release();
            awaitShown(s -> s.contains("Chargement… terminé.\n"));
            int said = lines.size();
            assertEquals(said, at(seconds * 1000 + 60_000).size(), "nothing after the page arrived");
            String transcript = shown.toString();
            assertFalse(transcript.contains("\r") || transcript.contains("\033"), "whole lines only: " + transcript);
        }
    }

    @Test
    void cancelStillWorksDuringTheLoadAndEndsTheLines() throws Exception {
        try (TricklingServer server = new TricklingServer(1024)) {
            start(server.url());
            awaitShown(s -> s.contains("Chargement…\n"));
            assertEquals(1, at(3_000).size());
            typing.write("annuler\n");
            typing.flush();
            awaitShown(s -> s.contains("Chargement annulé.\n"));
            assertEquals(1, at(13_000).size(), "a cancelled load is not told again");
            assertEquals(1, at(40_000).size());
        }
    }
}
