package fr.liseuse.source;

import static fr.liseuse.LoopbackServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import fr.liseuse.LoopbackServer;
import fr.liseuse.source.SourceException.Kind;
import fr.liseuse.ui.TricklingServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class HttpSourceTest {

    private static final String SENTENCE = "Été à l'hôpital, œuvre de Noël";
    private static final long ONE_MIB = 1024 * 1024;

    private static LoopbackServer server;
    private static String base;
    private static final List<String> requests = new CopyOnWriteArrayList<>();
    private static final List<String> userAgents = new CopyOnWriteArrayList<>();
    private static final AtomicLong endlessSent = new AtomicLong();
    private static final CountDownLatch endlessEnded = new CountDownLatch(1);
    /** Over 300 KB of accented text: the body arrives in many buffers, and characters span their edges. */
    private static final String LATIN_PAGE = "<p>" + (SENTENCE + " ").repeat(10_000) + "</p>";

    @BeforeAll
    static void start() throws IOException {
        server = new LoopbackServer(HttpSourceTest::route);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        requests.clear();
        userAgents.clear();
    }

    private static void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        try {
            if (path.equals("/page")) {
                send(ex, 200, "text/html; charset=utf-8", ("<p>" + SENTENCE + "</p>").getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/hops/")) {
                int left = Integer.parseInt(path.substring("/hops/".length()));
                ex.getResponseHeaders().add("Location", left == 0 ? "/page" : "/hops/" + (left - 1));
                send(ex, left % 2 == 0 ? 302 : 301, null, new byte[0]);
            } else if (path.equals("/loop")) {
                ex.getResponseHeaders().add("Location", base + "/loop");
                send(ex, 307, null, new byte[0]);
            } else if (path.equals("/nowhere")) {
                send(ex, 302, "text/html", "<p>moved</p>".getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/status/")) {
                int status = Integer.parseInt(path.substring("/status/".length()));
                if (status == 429) ex.getResponseHeaders().add("Retry-After", "120");
                send(ex, status, "text/html", "<p>\u001b[31mraw server text\u001b[0m</p>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/slow")) {
                sleep(3000);
                send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/drip")) {
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 30; i++) {
                        out.write("<p>goutte</p>\n".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        sleep(100);
                    }
                }
            } else if (path.equals("/big")) {
                send(ex, 200, "text/html", paragraphs(2 * ONE_MIB));
            } else if (path.equals("/big-chunked")) {
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(paragraphs(2 * ONE_MIB));
                }
            } else if (path.equals("/endless")) {
                endless(ex);
            } else if (path.equals("/latin-chunked")) {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1252");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(LATIN_PAGE.getBytes(Charset.forName("windows-1252")));
                }
            } else if (path.equals("/gzip-chunked")) {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(gzip(LATIN_PAGE.getBytes(StandardCharsets.UTF_8)));
                }
            } else if (path.equals("/gzip")) {
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                send(ex, 200, "text/html; charset=utf-8", gzip(("<p>" + SENTENCE + "</p>").getBytes(StandardCharsets.UTF_8)));
            } else if (path.equals("/gzip-bomb")) {
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                send(ex, 200, "text/html", gzip(paragraphs(3 * ONE_MIB)));
            } else if (path.equals("/image")) {
                send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
            } else if (path.equals("/pdf")) {
                send(ex, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
            } else if (path.equals("/json")) {
                send(ex, 200, "application/json", "{\"a\":1}".getBytes(StandardCharsets.US_ASCII));
            } else if (path.equals("/mislabelled")) {
                send(ex, 200, "text/html; charset=utf-8", ("<p>" + SENTENCE + "</p>").getBytes(Charset.forName("windows-1252")));
            } else if (path.equals("/untyped")) {
                send(ex, 200, null, "<!doctype html><title>t</title><p>x</p>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/empty")) {
                send(ex, 200, "text/html", new byte[0]);
            } else {
                send(ex, 404, "text/plain", new byte[0]);
            }
        } catch (IOException e) {
            // the client went away (timeouts, caps): nothing to do
        }
    }

    /** Sends paragraphs without end (64 MiB at most) until the client goes away, counting what it wrote. */
    private static void endless(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = paragraphs(64 * 1024);
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < 64 * ONE_MIB; sent += chunk.length) {
                out.write(chunk);
                endlessSent.addAndGet(chunk.length);
            }
        } finally {
            endlessEnded.countDown();
        }
    }

    private static byte[] paragraphs(long size) {
        byte[] p = "<p>Une ligne de texte ordinaire pour remplir la page.</p>\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < size) out.write(p, 0, p.length);
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SourceOptions options() {
        return SourceOptions.defaults(Map.of()).withTimeout(Duration.ofSeconds(5)).withMaxBytes(ONE_MIB);
    }

    private static Sources sources() {
        return new Sources(options());
    }

    private static SourceException fails(Kind kind, String messagePart, Executable call) {
        SourceException e = assertThrows(SourceException.class, call);
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), e.getMessage());
        return e;
    }

    @Test
    void fetchesAPageWithAnExplicitUserAgent() throws SourceException {
        Fetched f = sources().open(base + "/page");
        assertEquals(SENTENCE, Charsets.decode(f).replaceAll("</?p>", ""));
        assertEquals("text/html", f.contentType());
        assertEquals("utf-8", f.declaredCharset());
        assertTrue(userAgents.get(0).startsWith("liseuse/") && userAgents.get(0).contains("terminal reader"),
                userAgents.get(0));
    }

    @Test
    void closingEndsTheConnectionsAndALaterOpenStartsNewOnes() throws SourceException {
        Sources sources = sources();
        assertEquals(SENTENCE, Charsets.decode(sources.open(base + "/page")).replaceAll("</?p>", ""));
        sources.close();
        sources.close();
        assertEquals(SENTENCE, Charsets.decode(sources.open(base + "/page")).replaceAll("</?p>", ""));
        sources.close();
    }

    @Test
    void followsARedirectChainWithinTheCapAndReportsTheFinalUri() throws SourceException {
        Fetched f = sources().open(base + "/hops/9");
        assertEquals(base + "/page", f.baseUri());
        assertEquals(base + "/hops/9", f.source());
        assertEquals(11, requests.size(), requests.toString());
    }

    @Test
    void moreThanTenRedirectsAreTooMany() {
        fails(Kind.UNAVAILABLE, "too many redirects", () -> sources().open(base + "/hops/10"));
        assertEquals(11, requests.size(), "stops after the tenth redirect");
    }

    @Test
    void aRedirectLoopEndsAsTooManyRedirects() {
        fails(Kind.UNAVAILABLE, "too many redirects", () -> sources().open(base + "/loop"));
    }

    @Test
    void aRedirectWithoutLocationIsUnavailable() {
        fails(Kind.UNAVAILABLE, "HTTP 302", () -> sources().open(base + "/nowhere"));
    }

    @Test
    void notFoundAndGoneAreNotFound() {
        fails(Kind.NOT_FOUND, "HTTP 404", () -> sources().open(base + "/status/404"));
        fails(Kind.NOT_FOUND, "HTTP 410", () -> sources().open(base + "/status/410"));
    }

    @Test
    void serverErrorsAreUnavailableAndNeverEchoTheBody() {
        SourceException e = fails(Kind.UNAVAILABLE, "HTTP 500", () -> sources().open(base + "/status/500"));
        assertFalse(e.getMessage().contains("raw server text"));
        fails(Kind.UNAVAILABLE, "HTTP 503", () -> sources().open(base + "/status/503"));
    }

    @Test
    void refusedAccessIsUnavailable() {
        fails(Kind.UNAVAILABLE, "HTTP 403", () -> sources().open(base + "/status/403"));
        fails(Kind.UNAVAILABLE, "HTTP 401", () -> sources().open(base + "/status/401"));
    }

    @Test
    void rateLimitingMentionsRetryAfter() {
        fails(Kind.UNAVAILABLE, "retry after 120 s", () -> sources().open(base + "/status/429"));
    }

    @Test
    void aSlowServerTimesOut() {
        Sources s = new Sources(options().withTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();
        fails(Kind.UNAVAILABLE, "timeout", () -> s.open(base + "/slow"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2500);
    }

    @Test
    void aBodyThatKeepsDrippingHitsTheOverallDeadline() {
        Sources s = new Sources(options().withTimeout(Duration.ofMillis(800)));
        long start = System.nanoTime();
        fails(Kind.UNAVAILABLE, "timeout", () -> s.open(base + "/drip"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2500);
    }

    @Test
    void anOversizedBodyIsRejectedNotTruncated() {
        fails(Kind.REJECTED, "larger than 1 MiB", () -> sources().open(base + "/big"));
        fails(Kind.REJECTED, "larger than 1 MiB", () -> sources().open(base + "/big-chunked"));
    }

    @Test
    void anEndlessBodyIsCutAtTheCapWhileItStreams() throws InterruptedException {
        fails(Kind.REJECTED, "larger than 1 MiB", () -> sources().open(base + "/endless"));
        assertTrue(endlessEnded.await(10, TimeUnit.SECONDS), "the server still sends");
        // what was in flight (socket buffers) aside, the transfer stopped at the cap, not at the server's 64 MiB
        assertTrue(endlessSent.get() < 16 * ONE_MIB, endlessSent.get() + " bytes sent");
    }

    @Test
    void aBodyStreamedWithACharsetHeaderIsReadWhole() throws SourceException {
        Fetched f = sources().open(base + "/latin-chunked");
        assertEquals("windows-1252", f.declaredCharset());
        assertEquals(LATIN_PAGE, Charsets.decode(f));
    }

    @Test
    void aGzipBodyStreamedWithoutLengthIsDecompressedWhole() throws SourceException {
        assertEquals(LATIN_PAGE, Charsets.decode(sources().open(base + "/gzip-chunked")));
    }

    @Test
    void aSlowBodyIsCountedAsItArrives() throws Exception {
        try (TricklingServer slow = new TricklingServer(20_000); Sources s = sources()) {
            Received received = new Received();
            CompletableFuture<Fetched> load = CompletableFuture.supplyAsync(() -> {
                try {
                    return s.open(slow.url(), InputStream.nullInputStream(), received);
                } catch (SourceException e) {
                    throw new IllegalStateException(e);
                }
            });
            waitFor(() -> received.bytes() >= 20_000);
            assertFalse(load.isDone(), "the page was given before its end arrived");
            slow.release();
            Fetched page = load.get(10, TimeUnit.SECONDS);
            assertTrue(new String(page.body(), StandardCharsets.UTF_8).endsWith("enfin arrivée.</p></body></html>"));
            assertEquals(page.body().length, received.bytes());
        }
    }

    @Test
    void aLoadCancelledMidBodyIsInterruptedNotABrokenNetwork() throws Exception {
        try (TricklingServer slow = new TricklingServer(20_000); Sources s = sources()) {
            Received received = new Received();
            SourceException[] failure = new SourceException[1];
            Thread loader = new Thread(() -> {
                try {
                    s.open(slow.url(), InputStream.nullInputStream(), received);
                } catch (SourceException e) {
                    failure[0] = e;
                }
            });
            loader.start();
            waitFor(() -> received.bytes() >= 20_000);
            loader.interrupt();
            loader.join(10_000);
            assertFalse(loader.isAlive(), "the load did not stop");
            assertEquals(Kind.UNAVAILABLE, failure[0].kind());
            assertTrue(failure[0].getMessage().endsWith(": interrupted"), failure[0].getMessage());
        }
    }

    /** Waits (10 s at most) until CONDITION holds. */
    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) Thread.sleep(10);
        assertTrue(condition.getAsBoolean(), "not reached in 10 s");
    }

    @Test
    void gzipBodiesAreDecompressed() throws SourceException {
        Fetched f = sources().open(base + "/gzip");
        assertTrue(Charsets.decode(f).contains(SENTENCE));
    }

    @Test
    void theDecompressedSizeIsCapped() {
        fails(Kind.REJECTED, "larger than 1 MiB", () -> sources().open(base + "/gzip-bomb"));
    }

    @Test
    void nonTextContentTypesAreRejected() {
        fails(Kind.REJECTED, "image/png", () -> sources().open(base + "/image"));
        fails(Kind.REJECTED, "application/json", () -> sources().open(base + "/json"));
    }

    @Test
    void aPdfIsFetchedAsAPdf() throws SourceException {
        Fetched pdf = sources().open(base + "/pdf");
        assertTrue(pdf.isPdf(), pdf.contentType());
        assertEquals("%PDF-1.7", new String(pdf.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void aMissingContentTypeIsSniffed() throws SourceException {
        assertEquals("text/html", sources().open(base + "/untyped").contentType());
    }

    @Test
    void anEmptyBodyIsRejected() {
        fails(Kind.REJECTED, "empty", () -> sources().open(base + "/empty"));
    }

    @Test
    void bytesWinOverAContradictingCharsetHeader() throws SourceException {
        Fetched f = sources().open(base + "/mislabelled");
        assertEquals("utf-8", f.declaredCharset());
        assertTrue(Charsets.decode(f).contains(SENTENCE));
    }

    @Test
    void offlineRefusesWithoutConnecting() {
        Sources s = new Sources(options().withOffline(true));
        fails(Kind.UNAVAILABLE, "offline", () -> s.open(base + "/page"));
        assertEquals(List.of(), requests);
    }

    @Test
    void aClosedPortIsUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        int closed = port;
        fails(Kind.UNAVAILABLE, "connect", () -> sources().open("http://127.0.0.1:" + closed + "/"));
    }

    @Test
    void aConnectionCutMidBodyIsUnavailableNotATruncatedPage() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread cutter = new Thread(() -> {
                try (java.net.Socket client = socket.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                            + "Content-Length: 1000\r\n\r\n<p>coup").getBytes(StandardCharsets.US_ASCII));
                    client.getOutputStream().flush();
                } catch (IOException e) {
                    // the test fails on the client side if this matters
                }
            });
            cutter.start();
            fails(Kind.UNAVAILABLE, "connection lost",
                    () -> sources().open("http://127.0.0.1:" + socket.getLocalPort() + "/"));
            cutter.join(2000);
        }
    }

    @Test
    void anUnknownHostIsUnavailable() {
        fails(Kind.UNAVAILABLE, "unknown host", () -> sources().open("http://no-such-host.invalid/"));
    }

    @Test
    void aMalformedUrlIsRejectedWithASanitisedMessage() {
        SourceException e = fails(Kind.REJECTED, "not a valid address",
                () -> sources().open("http://exa\u001b[2Jmple/"));
        assertFalse(e.getMessage().contains("\u001b"));
    }
}
