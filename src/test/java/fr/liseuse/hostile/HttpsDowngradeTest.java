package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page read over https is never handed over to plain http: a redirect from an https address to
 * an http one ends the fetch (exit 69, one line naming hosts only) before any connection to the
 * http address. Real processes reading from a loopback HTTPS server whose certificate only they trust.
 */
class HttpsDowngradeTest {

    private static final String ARTICLE = "<html><head><title>Collecte des déchets</title></head><body><article>"
            + "<h1>Collecte des déchets</h1><p>Les bacs jaunes sont collectés le mardi matin, sortez-les la veille"
            + " au soir. Les encombrants sont ramassés sur rendez-vous.</p></article></body></html>";

    @TempDir
    static Path folder;

    private static LoopbackTls tls;
    private static HttpsServer secure;
    private static RawHttpServer plain;
    private static String https;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        tls = new LoopbackTls(folder);
        plain = new RawHttpServer();
        byte[] page = ARTICLE.getBytes(StandardCharsets.UTF_8);
        plain.respond("/en-clair/aide", "200 OK\nContent-Type: text/html; charset=utf-8\nContent-Length: " + page.length, page);
        secure = tls.server();
        secure.createContext("/page", ex -> send(ex, 200, null, page));
        secure.createContext("/to-http", ex -> send(ex, 302, plain.base() + "/en-clair/aide", new byte[0]));
        secure.createContext("/to-https", ex -> send(ex, 302, "/page", new byte[0]));
        secure.createContext("/hop", ex -> send(ex, 301, "/to-http", new byte[0]));
        secure.start();
        https = "https://127.0.0.1:" + secure.getAddress().getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        secure.stop(0);
        plain.close();
    }

    private static void send(HttpExchange ex, int status, String location, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        if (location != null) ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
        ex.close();
    }

    private static Liseuse liseuse() {
        Liseuse liseuse = new Liseuse();
        tls.trustedBy().forEach(liseuse::jvm);
        return liseuse;
    }

    @Test
    void anHttpsPageRedirectedToHttpIsRefusedWithOneLineNamingTheHostsOnly() {
        Liseuse.Result r = liseuse().run("read", https + "/to-http").assertOneErrorLine(69);
        assertTrue(r.err().contains("adresse non chiffrée (http://127.0.0.1)"), r::toString);
        assertFalse(r.err().contains("en-clair"), "the path of the unencrypted address is not shown: " + r);
        assertEquals("", r.out());
        assertEquals(0, plain.connections(), "nothing was sent to the unencrypted address");
    }

    @Test
    void theRefusalIsSaidInEnglishAndAlsoAfterAnHttpsHop() {
        Liseuse.Result r = liseuse().run("--lang", "en", "read", https + "/hop").assertOneErrorLine(69);
        assertTrue(r.err().contains("the site tried to send you to an unencrypted address"), r::toString);
        assertEquals(0, plain.connections());
    }

    @Test
    void theJsonLineOfTheRefusedSourceCarriesExit69() throws IOException {
        Liseuse.Result r = liseuse().run("read", "--format", "json", https + "/to-http", https + "/page");
        assertEquals(69, r.code(), r::toString);
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r::toString);
        JsonNode refused = new ObjectMapper().readTree(lines[0]);
        assertEquals(69, refused.path("error").path("code").asInt());
        assertTrue(refused.path("error").path("message").asText().contains("http://127.0.0.1"), lines[0]);
        assertEquals("Collecte des déchets", new ObjectMapper().readTree(lines[1]).path("title").asText());
        assertEquals(0, plain.connections());
    }

    @Test
    void redirectsThatStayOnHttpsAreFollowed() {
        Liseuse.Result r = liseuse().run("read", https + "/to-https");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Les bacs jaunes sont collectés le mardi matin"), r::toString);
    }
}
