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
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    /** The bytes a line says were received: the count the client had when it was said. */
    private static final String RECEIVED = "\\d+(?:,\\d+)? (octets|Kio) reçus\\.";

    private final ManualClock clock = new ManualClock();
    private final StringWriter shown = new StringWriter();
    private final PipedWriter typing = new PipedWriter();
    private LineMode mode;
    private Thread session;

    private void start(String source) throws IOException {
        start(source, SiteProfiles.bundled(), InputStream.nullInputStream(), false, 80);
    }

    /**
     * Line mode on SOURCE, the sites of PROFILES searched, standard input STDIN, writing to a terminal
     * WIDTH columns wide (0: not a terminal); AFTER_PAGE: commands are read once the first page is in.
     */
    private void start(String source, SiteProfiles profiles, InputStream stdin, boolean afterPage, int width)
            throws IOException {
        BufferedReader in = new BufferedReader(new PipedReader(typing));
        PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of())));
        Librarian librarian = new Librarian(loader, new Library(
                Settings.from(Map.of("LISEUSE_HOME", "/nonexistent/liseuse-line-test"), true), LibraryEvents.SILENT));
        Finder finder = new Finder(librarian, new SiteSearches(new Sources(SourceOptions.defaults(Map.of())), profiles),
                profiles, false);
        mode = new LineMode(new Session(loader, stdin), finder, Messages.french(), in, new PrintWriter(shown),
                () -> width, clock);
        session = new Thread(() -> mode.run(source, afterPage), "line-mode-under-test");
        session.setDaemon(true);
        session.start();
    }

    /** The bundled profiles, the demo site's search moved to SERVER. */
    private static SiteProfiles demoSearchOn(TricklingServer server) {
        return SiteProfiles.load(Map.of("LISEUSE_SITE_DEMO_BASE", server.base()), Messages.french(), warning -> { });
    }

    private void type(String command) throws IOException {
        typing.write(command + "\n");
        typing.flush();
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
        return linesStarting(PROGRESS);
    }

    private List<String> linesStarting(String start) {
        return shown.toString().lines().filter(l -> l.startsWith(start)).toList();
    }

    /** Waits until the loading thread has taken every byte written so far into the pipe IN. */
    private static void awaitRead(PipedInputStream in) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (in.available() > 0) {
            assertTrue(System.nanoTime() < deadline, "the page's first bytes were never read");
            Thread.sleep(5);
        }
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

    @Test
    void aSlowSiteSearchIsToldAt3Then13SecondsWithTheSiteAndNothingOnceTheResultsAreIn() throws Exception {
        try (TricklingServer server = new TricklingServer(2 * 1024)) {
            start("demo:/", demoSearchOn(server), InputStream.nullInputStream(), false, 80);
            awaitShown(s -> s.contains("Page : "));
            type("chercher eau");
            awaitShown(s -> s.contains("dans la bibliothèque"));
            String searching = "Recherche sur le site en cours : ";
            at(2_900);
            assertEquals(List.of(), linesStarting(searching), "nothing before 3 s");
            at(3_000);
            assertEquals(1, linesStarting(searching).size(), shown.toString());
            assertTrue(linesStarting(searching).get(0).matches(searching + "3 s, " + RECEIVED), shown.toString());
            at(12_900);
            assertEquals(1, linesStarting(searching).size(), "nothing between two lines");
            at(13_000);
            assertTrue(linesStarting(searching).get(1).matches(searching + "13 s, " + RECEIVED), shown.toString());
            server.release();
            awaitShown(s -> s.contains("sur le site Métropole de Lisière (site par défaut) pour « eau »"));
            at(60_000);
            assertEquals(2, linesStarting(searching).size(), "nothing once the results are in");
            assertEquals(List.of(), progressLines(), "no page load was told");
        }
    }

    @Test
    void cancelStopsASlowSiteSearchAndItsLines() throws Exception {
        try (TricklingServer server = new TricklingServer(1024)) {
            start("demo:/", demoSearchOn(server), InputStream.nullInputStream(), false, 80);
            awaitShown(s -> s.contains("Page : "));
            type("chercher eau");
            awaitShown(s -> s.contains("dans la bibliothèque"));
            at(3_000);
            assertEquals(1, linesStarting("Recherche sur le site").size(), shown.toString());
            type("annuler");
            awaitShown(s -> s.contains("Recherche annulée.\n"));
            at(40_000);
            assertEquals(1, linesStarting("Recherche sur le site").size(), "a cancelled search is not told again");
        }
    }

    @Test
    void aFirstPageFromASlowPipeCountsItsBytesBeforeThePageIsRead() throws Exception {
        PipedOutputStream producer = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(producer, 64 * 1024);
        byte[] start = "<html><head><title>Tuyau</title></head><body><p>Une page qui vient lentement.".getBytes(
                StandardCharsets.UTF_8);
        producer.write(start);
        producer.write(" ".repeat(3 * 1024 - start.length).getBytes(StandardCharsets.UTF_8));
        producer.flush();
        start("-", SiteProfiles.bundled(), stdin, true, 80);
        awaitShown(s -> s.contains("Chargement…\n"));
        awaitRead(stdin);
        assertEquals(List.of("Chargement en cours : 3 s, 3 Kio reçus."), at(3_000));
        assertEquals("Chargement en cours : 13 s, 3 Kio reçus.", at(13_000).get(1));
        producer.write("Enfin.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        producer.close();
        awaitShown(s -> s.contains("Page : Tuyau"));
        String transcript = shown.toString();
        assertTrue(transcript.indexOf("Chargement en cours : 13 s") < transcript.indexOf("Chargement… terminé."),
                "the lines come before the page, never inside it: " + transcript);
        assertEquals(2, at(60_000).size(), "nothing once the page is read");
    }

    @Test
    void nothingIsToldWhenTheOutputIsNotATerminal() throws Exception {
        try (TricklingServer server = new TricklingServer(1024)) {
            start(server.url(), SiteProfiles.bundled(), InputStream.nullInputStream(), false, 0);
            awaitShown(s -> s.contains("Chargement…\n"));
            assertEquals(List.of(), at(3_000));
            assertEquals(List.of(), at(13_000));
            server.release();
            awaitShown(s -> s.contains("Chargement… terminé.\n"));
            assertFalse(shown.toString().contains(" en cours : "), shown.toString());
        }
    }
}
