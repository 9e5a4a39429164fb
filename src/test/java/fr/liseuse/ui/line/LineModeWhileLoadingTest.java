package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.LoopbackServer;
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
import fr.liseuse.ui.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line mode while a page never arrives (a loopback server that accepts and stays silent, the load's
 * timeout far beyond the test): the emergency list, quick exit and cancel are answered while the load
 * still runs, as a person at a terminal types them one after the other, and the session goes on after
 * a cancel. The same holds while a save waits for the library's lock. The tests wait for the answers
 * themselves, not for a time: an answer that waited for the load or the save would come only after
 * {@link #LOAD_TIMEOUT}, long after {@link #HANG} has failed the test.
 */
class LineModeWhileLoadingTest {

    /** How long a load may last here: the stalled page is still loading whenever the test looks. */
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);
    /** A test that waits this long for an answer has hung: it failed. */
    private static final Duration HANG = Duration.ofSeconds(60);

    private ServerSocket silent;
    private final List<Socket> held = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final StringWriter shown = new StringWriter();
    private PrintWriter keyboard;
    private Future<LineMode.Ending> running;
    @TempDir
    Path home;

    @BeforeEach
    void silentServer() throws IOException {
        silent = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            try {
                while (true) {
                    Socket s = silent.accept();
                    synchronized (held) {
                        held.add(s);
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        if (keyboard != null) keyboard.close();
        silent.close();
        synchronized (held) {
            for (Socket s : held) s.close();
        }
        threads.shutdownNow();
    }

    private String stalledPage() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/page";
    }

    /** Starts line mode on SOURCE, French UI, commands typed through a pipe as from a keyboard. */
    private void start(String source) throws IOException {
        start(source, Settings.from(Map.of("LISEUSE_HOME", "/nonexistent/liseuse-loading-test"), true),
                LibraryEvents.SILENT);
    }

    /** The same, with a library of SETTINGS that tells EVENTS. */
    private void start(String source, Settings settings, LibraryEvents events) throws IOException {
        PipedInputStream typed = new PipedInputStream();
        OutputStream keys = new PipedOutputStream(typed);
        keyboard = new PrintWriter(new java.io.OutputStreamWriter(keys, StandardCharsets.UTF_8), true);
        PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of()).withTimeout(LOAD_TIMEOUT)));
        Session session = new Session(loader, InputStream.nullInputStream());
        Librarian librarian = new Librarian(loader, new Library(settings, events));
        Finder finder = new Finder(librarian, new SiteSearches(new Sources(SourceOptions.defaults(Map.of())),
                SiteProfiles.bundled()), SiteProfiles.bundled(), true);
        LineMode mode = new LineMode(session, finder, Messages.french(),
                new BufferedReader(new InputStreamReader(typed, StandardCharsets.UTF_8)), new PrintWriter(shown, true));
        running = threads.submit(() -> mode.run(source));
    }

    private String output() {
        synchronized (shown) {
            return shown.toString();
        }
    }

    /** Waits until the output holds TEXT after position FROM. */
    private void awaitShown(String text, int from) throws InterruptedException {
        long end = System.nanoTime() + HANG.toNanos();
        while (output().indexOf(text, from) < 0) {
            if (System.nanoTime() > end) throw new AssertionError("no «" + text + "» within " + HANG + " in:\n" + output());
            Thread.sleep(5);
        }
    }

    private void type(String line, String expected) throws InterruptedException {
        int from = output().length();
        keyboard.println(line);
        awaitShown(expected, from);
    }

    /** The stalled load has neither ended nor failed: what was answered was answered while it ran. */
    private void assertStillLoading() {
        assertFalse(output().contains("Chargement… terminé") || output().contains("Échec"), output());
    }

    @Test
    void emergencyNumbersWhileThePageNeverArrives() throws Exception {
        start(stalledPage());
        awaitShown("Chargement…", 0);
        // the list ends with the line saying the page's own numbers will follow: it is said only while the load runs
        type("!", "encore en chargement");
        assertTrue(output().contains("17 :") && output().contains("112 :") && output().contains("3919 :"), output());
        assertStillLoading();
        assertFalse(running.isDone());
    }

    @Test
    void quickExitWhileThePageNeverArrives() throws Exception {
        start(stalledPage());
        awaitShown("Chargement…", 0);
        keyboard.println("x");
        assertEquals(LineMode.Ending.QUICK_EXIT, running.get(HANG.toMillis(), TimeUnit.MILLISECONDS));
        assertStillLoading();
    }

    @Test
    void cancelStopsTheLoadAndTheNextCommandWorks() throws Exception {
        start(stalledPage());
        awaitShown("Chargement…", 0);
        type("annuler", "Chargement annulé.");
        assertStillLoading();
        type("ouvrir demo:/eau/facture", "Page : Eau potable");
        type("lire", "Eau potable");
        type("q", "");
        assertEquals(LineMode.Ending.QUIT, running.get(HANG.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void escapeAloneOnALineCancelsTooAndNothingLeftToCancelIsSaid() throws Exception {
        start(stalledPage());
        awaitShown("Chargement…", 0);
        type("\u001b", "Chargement annulé.");
        type("annuler", "Rien à annuler");
        type("ouvrir", "Adresse ou fichier à ouvrir");
        type("cancel", "Ouverture annulée.");
        type("ouvrir -", "ne s'ouvre qu'au lancement");
        assertFalse(output().contains("\u001b"), output());
    }

    @Test
    void aPageArrivingAfterTheEmergencyListGivesItsOwnNumbersAtOnce() throws Exception {
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        try (LoopbackServer slow = new LoopbackServer(exchange -> {
            try {
                asked.await(HANG.toSeconds(), TimeUnit.SECONDS);   // answers once the emergency list was shown
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
            byte[] page = ("<html lang=fr><head><title>Permanence</title></head><body><main><h1>Permanence</h1>"
                    + "<p>L'association Parole de femmes répond au 03 53 01 20 30 le lundi.</p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", page);
        })) {
            start(slow.base() + "/permanence");
            awaitShown("Chargement…", 0);
            type("!", "encore en chargement");   // the server holds the page until this is shown
            assertStillLoading();
            asked.countDown();
            awaitShown("La page est arrivée ; son propre numéro :\n03 53 01 20 30 : ", 0);
        }
    }

    /**
     * Line mode on a demo page with a library in HOME whose lock is held, as by another liseuse
     * writing to it, then {@code sauver}: returns once the save waits for the lock, which it would do
     * far beyond the test. Returns the locked file (closing it frees the library).
     */
    private FileChannel saveWhileTheLibraryIsBusy() throws Exception {
        CountDownLatch saving = new CountDownLatch(1);
        Settings settings = Settings.from(Map.of("LISEUSE_HOME", home.toString()), false).withLockTimeout(LOAD_TIMEOUT);
        start("demo:/eau/facture", settings, new LibraryEvents() {
            @Override
            public void waiting() {
                saving.countDown();
            }

            @Override
            public void damaged(String entry) { }
        });
        awaitShown("Page : Eau potable", 0);
        Path folder = Files.createDirectories(home.resolve("library"));
        FileChannel channel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.lock();
        keyboard.println("sauver");
        assertTrue(saving.await(HANG.toSeconds(), TimeUnit.SECONDS), output());
        return channel;
    }

    @Test
    void emergencyNumbersAndQuickExitWhileASaveWaitsForTheLibrary() throws Exception {
        try (FileChannel busy = saveWhileTheLibraryIsBusy()) {
            type("!", "3919 :");
            keyboard.println("x");
            assertEquals(LineMode.Ending.QUICK_EXIT, running.get(HANG.toMillis(), TimeUnit.MILLISECONDS));
            assertFalse(output().contains("Page enregistrée"), output());
        }
    }

    @Test
    void cancellingASaveSaysThePageWillStillBeSavedAndItIs() throws Exception {
        try (FileChannel busy = saveWhileTheLibraryIsBusy()) {
            type("annuler", "L'enregistrement continue : la page sera dans la bibliothèque.");
            type("lire", "Eau potable");
        }
        // the loader does one job at a time: a page opened now shows once the save is over
        type("ouvrir demo:/eau/facture", "Page : Eau potable");
        Library library = new Library(Settings.from(Map.of("LISEUSE_HOME", home.toString()), false), LibraryEvents.SILENT);
        assertEquals("demo:/eau/facture", library.list().get(0).source());
        assertFalse(output().contains("Page enregistrée"), output());
    }

    @Test
    void quitWhileThePageNeverArrives() throws Exception {
        start(stalledPage());
        awaitShown("Chargement…", 0);
        keyboard.println("q");
        assertEquals(LineMode.Ending.QUIT, running.get(HANG.toMillis(), TimeUnit.MILLISECONDS));
        assertStillLoading();
    }
}
