package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --offline} opens no socket, whatever the command; and nothing is fetched without a user
 * asking for it. Every address below, and the proxy every request would have to go through, is a
 * loopback server that counts connections: the count must stay at zero.
 */
class NetworkHygieneTest {

    private RawHttpServer site;
    private RawHttpServer proxy;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        site = new RawHttpServer();
        proxy = new RawHttpServer();
        byte[] page = "<html><body><article><p>Une page en ligne.</p></article></body></html>".getBytes(StandardCharsets.UTF_8);
        site.respond("/page", "200 OK\nContent-Type: text/html\nContent-Length: " + page.length, page);
    }

    @AfterEach
    void stop() throws IOException {
        site.close();
        proxy.close();
    }

    private CliRunner runner() {
        String through = proxy.base();
        return new CliRunner().env("HTTP_PROXY", through).env("HTTPS_PROXY", through)
                .env("http_proxy", through).env("https_proxy", through);
    }

    private void assertNoConnection() {
        assertEquals(0, site.connections(), "connections to the site");
        assertEquals(0, proxy.connections(), "connections to the proxy");
    }

    @Test
    void offlineRefusesEveryCommandOnAUrlWithoutConnecting() {
        String url = site.base() + "/page";
        for (String command : new String[] {"read", "menu", "links", "contacts"}) {
            CliRunner.Result r = runner().run("--offline", command, url);
            assertEquals(69, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("hors ligne"), r.err());
        }
        assertEquals(69, runner().run("--offline", "read", "--format", "json", url, "https://example.org/").code());
        assertNoConnection();
    }

    @Test
    void offlineLineModeFollowingAWebLinkDoesNotConnect() throws IOException {
        Path saved = dir.resolve("page.html");
        Files.writeString(saved, "<html><head><title>Enregistrée</title></head><body><article><h1>Enregistrée</h1>"
                + "<p>Une page enregistrée avec un lien vers <a href=\"" + site.base() + "/page\">la suite en ligne</a>"
                + " et assez de texte pour être lue comme un article, sur rendez-vous.</p></article></body></html>");
        CliRunner.Result r = runner().stdin("liens\n1\nlinks\n1\nq\n").run("--offline", "--line-mode", saved.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("hors ligne"), "the refusal is said in the reader: " + r.out());
        assertNoConnection();
    }

    @Test
    void startingUpFetchesNothing() {
        Liseuse withProxy = new Liseuse().env("HTTP_PROXY", proxy.base()).env("HTTPS_PROXY", proxy.base())
                .env("http_proxy", proxy.base()).env("https_proxy", proxy.base());
        assertEquals(0, withProxy.run("contacts").code());
        assertEquals(0, withProxy.run("read", "demo:/").code());
        assertEquals(0, withProxy.run("--version").code());
        assertNoConnection();
    }

    @Test
    void theRecordingProxyDoesSeeARealRequest() {
        // the counter above is proven to work: a read without --offline goes through the proxy
        CliRunner.Result r = runner().run("--timeout", "5", "read", "http://lisiere.test/page");
        assertTrue(proxy.connections() > 0, r.err());
    }
}
