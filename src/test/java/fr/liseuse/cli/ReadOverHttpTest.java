package fr.liseuse.cli;

import static fr.liseuse.LoopbackServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import fr.liseuse.LoopbackServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole read pipeline against a real HTTP server on loopback, as a script would use it. */
class ReadOverHttpTest {

    private static LoopbackServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = new LoopbackServer(ReadOverHttpTest::route);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/article" -> send(exchange, 200, "text/html; charset=utf-8",
                    Files.readAllBytes(Path.of(CliRunner.fixture("collecte.html"))));
            case "/ancien" -> {
                exchange.getResponseHeaders().add("Location", "/article");
                send(exchange, 301, "text/html", new byte[0]);
            }
            case "/panne" -> send(exchange, 500, "text/html", "<h1>\u001b]0;pwned\u0007Erreur</h1>".getBytes(StandardCharsets.UTF_8));
            case "/image" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "/sans-fin" -> endless(exchange);
            default -> send(exchange, 404, "text/html", "absent".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A page whose paragraphs never end (64 MiB at most), sent without a length. */
    private static void endless(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>Encore une ligne, et encore une autre.</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < 64L << 20; sent += chunk.length) out.write(chunk);
        } catch (IOException gone) {
            // the reader stopped at its cap
        }
    }

    @Test
    void followsARedirectAndReportsTheFinalAddressAsBase() throws Exception {
        CliRunner.Result r = new CliRunner().run("read", "--format", "json", base + "/ancien");
        assertEquals(0, r.code(), r.err());
        JsonNode page = new ObjectMapper().readTree(r.out());
        assertEquals("Collecte des encombrants", page.get("title").asText());
        assertEquals(base + "/ancien", page.get("source").asText());
        assertTrue(page.get("text").asText().contains("collectés sur rendez-vous"));
    }

    @Test
    void notFoundIs66ServerErrorIs69WrongTypeIs65() {
        assertEquals(66, new CliRunner().run("read", base + "/nulle-part").code());
        assertEquals(69, new CliRunner().run("read", base + "/panne").code());
        assertEquals(65, new CliRunner().run("read", base + "/image").code());
    }

    @Test
    void aPageThatNeverEndsIsRejectedAtTheSizeCapWith65() {
        CliRunner.Result r = new CliRunner().run("read", base + "/sans-fin");
        assertEquals(65, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("liseuse: " + base + "/sans-fin : plus de 10 Mio, non lu\n", r.err());
    }

    @Test
    void serverTextNeverReachesTheErrorLine() {
        CliRunner.Result r = new CliRunner().run("read", base + "/panne");
        assertTrue(r.err().startsWith("liseuse: "), r.err());
        assertFalse(r.err().contains("pwned"), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    @Test
    void anUnreachableServerIs69() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CliRunner.Result r = new CliRunner().run("--timeout", "2", "read", "http://127.0.0.1:" + closedPort + "/");
        assertEquals(69, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
