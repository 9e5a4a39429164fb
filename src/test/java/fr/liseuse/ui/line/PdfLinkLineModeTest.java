package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.liseuse.LoopbackServer;
import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.Settings;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.extract.pdf.PdfSamples;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.Session;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link to a PDF, followed from a web page in line mode, opens and reads like any page. */
class PdfLinkLineModeTest {

    private final StringWriter shown = new StringWriter();

    @Test
    void aPdfLinkOpensAndReadsLikeAPage(@TempDir Path home) throws Exception {
        byte[] leaflet = PdfSamples.frenchLeaflet();
        byte[] guide = ("<!DOCTYPE html><html lang=\"fr\"><head><title>Guide</title></head><body><main>"
                + "<h1>Guide des aides</h1><p>Toutes les adresses utiles de la ville sont dans <a href=\"/depliant.pdf\">"
                + "le dépliant à télécharger</a>, mis à jour chaque année par le service social.</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        LoopbackServer server = new LoopbackServer(exchange -> {
            boolean pdf = exchange.getRequestURI().getPath().endsWith(".pdf");
            LoopbackServer.send(exchange, 200, pdf ? "application/pdf" : "text/html; charset=utf-8", pdf ? leaflet : guide);
        });
        ExecutorService thread = Executors.newSingleThreadExecutor();
        PipedInputStream typed = new PipedInputStream();
        try (PrintWriter keyboard = new PrintWriter(new OutputStreamWriter(new PipedOutputStream(typed),
                StandardCharsets.UTF_8), true)) {
            PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of())));
            Library library = new Library(Settings.from(Map.of("LISEUSE_HOME", home.toString()), true), LibraryEvents.SILENT);
            Finder finder = new Finder(new Librarian(loader, library), new SiteSearches(
                    new Sources(SourceOptions.defaults(Map.of())), SiteProfiles.bundled()), SiteProfiles.bundled(), true);
            LineMode mode = new LineMode(new Session(loader, InputStream.nullInputStream()), finder, Messages.french(),
                    new BufferedReader(new InputStreamReader(typed, StandardCharsets.UTF_8)), new PrintWriter(shown, true));
            Future<LineMode.Ending> running = thread.submit(() -> mode.run(server.base() + "/guide"));
            awaitShown("Page : Guide.");
            keyboard.println("l");
            awaitShown("le dépliant à télécharger");
            keyboard.println("1");
            awaitShown("Page : Violences conjugales : où trouver de l’aide");
            keyboard.println("lire");
            awaitShown("Police secours : 17");
            keyboard.println("q");
            assertEquals(LineMode.Ending.QUIT, running.get(20, TimeUnit.SECONDS));
        } finally {
            server.close();
            thread.shutdownNow();
        }
    }

    private void awaitShown(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!output().contains(text)) {
            if (System.nanoTime() > end) throw new AssertionError("no «" + text + "» in:\n" + output());
            Thread.sleep(10);
        }
    }

    private String output() {
        synchronized (shown) {
            return shown.toString();
        }
    }
}
