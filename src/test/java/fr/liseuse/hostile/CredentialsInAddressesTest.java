package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import fr.liseuse.LoopbackServer;
import fr.liseuse.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User names and passwords in addresses, typed by the user or sent by a site (redirect, links,
 * canonical address), are never printed (stdout and stderr, text and JSON, with and without
 * {@code -v}), never stored in the library, and never sent.
 */
class CredentialsInAddressesTest {

    /** Every user name and password below: none may come out anywhere. */
    private static final String HTML = "text/html; charset=utf-8";
    private static final List<String> SECRETS = List.of("usrtyped", "pwtyped", "usrcanon", "pwcanon",
            "usrlink", "pwlink", "usrmoved", "pwmoved", "usrmenu", "pwmenu");

    private static LoopbackServer server;
    private static String host;
    private static String page;
    private static final List<String> seenByServer = new CopyOnWriteArrayList<>();

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws IOException {
        server = new LoopbackServer(CredentialsInAddressesTest::route);
        host = server.host();
        page = "<html><head><title>Horaires de la déchetterie</title>"
                + "<link rel=\"canonical\" href=\"http://usrcanon:pwcanon@" + host + "/page\"></head><body>"
                + "<nav><ul><li><a href=\"http://usrmenu:pwmenu@" + host + "/\">Accueil</a></li>"
                + "<li><a href=\"/horaires\">Horaires</a></li><li><a href=\"/tarifs\">Tarifs</a></li></ul></nav>"
                + "<article><h1>Horaires de la déchetterie</h1><p>La déchetterie ouvre du lundi au samedi de 9 h"
                + " à 18 h. Voir <a href=\"https://usrlink:pwlink@ailleurs.test/plan\">le plan d’accès</a> et"
                + " <a href=\"/tarifs\">les tarifs</a> pour les professionnels.</p></article></body></html>";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void route(HttpExchange ex) throws IOException {
        seenByServer.add(ex.getRequestURI() + " " + ex.getRequestHeaders().entrySet());
        switch (ex.getRequestURI().getPath()) {
            case "/page" -> LoopbackServer.send(ex, 200, HTML, page.getBytes(StandardCharsets.UTF_8));
            case "/moved" -> {
                ex.getResponseHeaders().set("Location", "http://usrmoved:pwmoved@" + host + "/page");
                LoopbackServer.send(ex, 302, HTML, new byte[0]);
            }
            default -> LoopbackServer.send(ex, 404, HTML, new byte[0]);
        }
    }

    private CliRunner.Result run(String... args) {
        CliRunner.Result r = new CliRunner().env("LISEUSE_HOME", home.toString()).run(args);
        assertNoSecret(r.out() + r.err(), String.join(" ", args) + " printed");
        return r;
    }

    private static void assertNoSecret(String text, String what) {
        for (String secret : SECRETS) assertFalse(text.contains(secret), what + " " + secret + ": " + text);
    }

    private static String typed(String path) {
        return "http://usrtyped:pwtyped@" + host + path;
    }

    @Test
    void aPageReadWithAPasswordInItsAddressShowsNoneInAnyFormat() {
        for (String format : new String[] {"text", "markdown", "json"}) {
            CliRunner.Result r = run("read", "--format", format, typed("/page"));
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("La déchetterie ouvre du lundi au samedi"), r.out());
        }
        assertTrue(run("read", "--format", "json", typed("/page")).out()
                .contains("\"source\":\"http://" + host + "/page\""), "the source is shown, without the password");
        for (String command : new String[] {"links", "menu", "contacts"}) {
            assertEquals(0, run(command, typed("/page")).code());
            assertEquals(0, run(command, "--format", "json", typed("/page")).code());
        }
        assertTrue(run("links", typed("/page")).out().contains("https://ailleurs.test/plan"), "the link is kept");
    }

    @Test
    void failuresNameTheAddressWithoutThePasswordWithAndWithoutVerbose() {
        for (String verbose : new String[] {"--lang=fr", "-v"}) {
            CliRunner.Result notFound = run(verbose, "read", typed("/absente"));
            assertEquals(66, notFound.code());
            assertTrue(notFound.err().startsWith("liseuse: http://" + host + "/absente"), notFound.err());
            assertEquals(69, run(verbose, "read", "http://usrtyped:pwtyped@127.0.0.1:1/").code());
            assertEquals(65, run(verbose, "read", "http://usrtyped:pwtyped@").code());
            CliRunner.Result json = run(verbose, "read", "--format", "json", typed("/absente"), typed("/page"));
            assertEquals(66, json.code());
            assertTrue(json.out().startsWith("{\"source\":\"http://" + host + "/absente\""), json.out());
        }
        assertTrue(run("-v", "read", typed("/absente")).err().lines().count() > 1, "-v does print the trace");
    }

    @Test
    void aRedirectToAnAddressWithAPasswordIsFollowedWithoutIt() {
        CliRunner.Result r = run("read", "--format", "json", typed("/moved"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"url\":\"http://" + host + "/tarifs\""), "relative links resolve without it: " + r.out());
    }

    /** The page's own bytes are kept as the site sent them (to extract again later): only its links hold the site's. */
    @Test
    void nothingSavedInTheLibraryHoldsThePasswordOfTheUserOrOfARedirect() throws IOException {
        assertEquals(0, run("save", typed("/page"), typed("/moved")).code());
        CliRunner.Result list = run("library", "list", "--format", "json");
        assertTrue(list.out().contains("\"url\":\"http://" + host + "/page\""), list.out());
        run("search", "déchetterie");
        run("search", "--format", "json", "déchetterie");
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String stored = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : List.of("usrtyped", "pwtyped", "usrmoved", "pwmoved")) {
                    assertFalse(stored.contains(secret), file + " holds " + secret);
                }
            }
        }
    }

    @Test
    void theServerIsNeverSentTheUserNameOrPassword() {
        run("read", typed("/page"));
        run("read", typed("/moved"));
        assertFalse(seenByServer.isEmpty());
        for (String request : seenByServer) {
            assertNoSecret(request, "the server received");
            assertFalse(request.contains("Authorization"), request);
        }
    }
}
