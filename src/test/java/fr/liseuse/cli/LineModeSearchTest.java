package fr.liseuse.cli;

import static fr.liseuse.cli.CliRunner.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import fr.liseuse.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line mode's {@code chercher}: the library's hits, then the site's, as one numbered list in two
 * announced groups; {@code sauver} and {@code bibliotheque}. The {@code mel} profile is moved to a
 * local server that serves one article and search results shaped like that site's.
 */
class LineModeSearchTest {

    private static LoopbackServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = new LoopbackServer(LineModeSearchTest::route);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] body;
        if (path.equals("/recherche")) {
            try (InputStream in = LineModeSearchTest.class.getResourceAsStream("/sites/mel-recherche.html")) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{keys}}", "eau")
                        .getBytes(StandardCharsets.UTF_8);
            }
        } else {
            // a page of the site says so in its canonical address
            body = Files.readString(Path.of(fixture("collecte.html")))
                    .replace("https://metropole-lisiere.test/dechets/encombrants", base + "/article")
                    .getBytes(StandardCharsets.UTF_8);
        }
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static CliRunner runner(Path home) {
        return new CliRunner().env("TERM", "dumb").env("LISEUSE_HOME", home.toString())
                .env("LISEUSE_SITE_MEL_BASE", base);
    }

    private static String savedId(Path home, String source) {
        CliRunner.Result saved = runner(home).run("save", source);
        assertEquals(0, saved.code(), saved.err());
        CliRunner.Result list = runner(home).run("library", "list", "--format", "json");
        return list.out().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static List<String> lines(CliRunner.Result r) {
        return r.out().lines().toList();
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("no line starting with " + prefix + " in:\n" + String.join("\n", lines));
    }

    @Test
    void chercherListsTheLibraryThenTheDemoSiteNumberedAcrossBothGroups(@TempDir Path home) {
        String id = savedId(home, "demo:/dechets/horaires");
        CliRunner.Result r = runner(home).stdin("chercher collecte\n3\nq\n").run("--line-mode", "demo:/");
        assertEquals(0, r.code(), r.err());
        List<String> out = lines(r);
        int library = indexOf(out, "1 résultat dans la bibliothèque pour « collecte » :");
        assertTrue(out.get(library + 1).startsWith("1. Collecte des déchets : jours et horaires : "), out.get(library + 1));
        int site = indexOf(out, "2 résultats sur le site Métropole de Lisière pour « collecte » :");
        assertTrue(site > library);
        assertTrue(out.get(site + 1).startsWith("2. Collecte des déchets : jours et horaires : Les jours de collecte"),
                out.get(site + 1));
        assertTrue(out.get(site + 2).startsWith("3. Encombrants : collecte gratuite sur rendez-vous : "), out.get(site + 2));
        assertEquals("Tapez un numéro pour ouvrir la page.", out.get(site + 3));
        assertTrue(r.out().contains("Page : Encombrants : collecte gratuite sur rendez-vous."), "3 opens the site's hit");
        assertFalse(id.isBlank());
    }

    @Test
    void aNumberOfTheLibraryGroupOpensTheSavedPageOffline(@TempDir Path home) {
        savedId(home, base + "/article");
        CliRunner.Result r = runner(home).stdin("chercher encombrants\n1\nq\n").run("--offline", "--line-mode", "demo:/");
        assertEquals(0, r.code(), r.err());
        List<String> out = lines(r);
        int library = indexOf(out, "1 résultat dans la bibliothèque pour « encombrants » :");
        assertTrue(out.get(library + 1).startsWith("1. "), out.get(library + 1));
        assertTrue(indexOf(out, "Page : Collecte des encombrants.") > library, "the saved page opens although offline");
    }

    @Test
    void onAProfiledSiteChercherRunsThatSitesOwnSearch(@TempDir Path home) {
        CliRunner.Result r = runner(home).stdin("chercher eau\n2\nq\n").run("--line-mode", base + "/article");
        assertEquals(0, r.code(), r.err());
        List<String> out = lines(r);
        indexOf(out, "Aucun résultat dans la bibliothèque pour « eau ».");
        int site = indexOf(out, "3 résultats sur le site Métropole Européenne de Lille pour « eau » :");
        assertTrue(out.get(site + 1).startsWith("1. Déchets autorisés en déchèteries : "), out.get(site + 1));
        assertTrue(out.get(site + 3).startsWith("3. Prendre rendez-vous pour les encombrants : "), out.get(site + 3));
    }

    @Test
    void offlineTheSearchOfANetworkSiteIsSkippedInOneLine(@TempDir Path home) {
        String id = savedId(home, base + "/article");
        CliRunner.Result r = runner(home).stdin("chercher encombrants\nq\n").run("--offline", "--line-mode", id);
        assertEquals(0, r.code(), r.err());
        List<String> out = lines(r);
        int library = indexOf(out, "1 résultat dans la bibliothèque pour « encombrants » :");
        assertEquals(library + 2, indexOf(out, "Hors ligne : pas de recherche sur le site Métropole Européenne de Lille."));
    }

    @Test
    void aPageOfNoKnownSiteSearchesTheDefaultSiteAndSaysSo(@TempDir Path home) {
        CliRunner.Result r = runner(home).stdin("chercher déchets\nq\n").run("--line-mode", fixture("collecte.html"));
        indexOf(lines(r), "3 résultats sur le site Métropole de Lisière (site par défaut) pour « déchets » :");
    }

    @Test
    void sauverSavesThePageAndBibliothequeListsItNumbered(@TempDir Path home) {
        CliRunner.Result r = runner(home).stdin("sauver\nbibliotheque\n1\nq\n").run("--line-mode", "demo:/dechets/horaires");
        assertEquals(0, r.code(), r.err());
        List<String> out = lines(r);
        String done = out.get(indexOf(out, "Page enregistrée dans la bibliothèque, numéro "));
        String id = done.replaceAll("Page enregistrée dans la bibliothèque, numéro (\\S+)\\..*", "$1");
        int list = indexOf(out, "1 page enregistrée ; tapez un numéro pour l'ouvrir :");
        assertEquals("1. Collecte des déchets : jours et horaires (" + id + ")", out.get(list + 1));
        assertTrue(out.get(list + 4).startsWith("Page : Collecte des déchets"), r.out());
        assertTrue(runner(home).run("library", "list").out().contains(id));
    }

    @Test
    void discreetModeRefusesToSaveInOneLineAndWritesNothing(@TempDir Path home) throws IOException {
        CliRunner.Result r = runner(home).env("LISEUSE_DISCREET", "1").stdin("sauver\nq\n")
                .run("--line-mode", "demo:/");
        assertEquals(0, r.code(), r.err());
        indexOf(lines(r), "mode discret (--discreet ou LISEUSE_DISCREET=1) : rien n’est écrit sur le disque");
        try (var files = Files.list(home)) {
            assertEquals(0, files.count(), "nothing written in " + home);
        }
    }

    @Test
    void anEmptyLibraryIsSaid(@TempDir Path home) {
        CliRunner.Result r = runner(home).stdin("bibliothèque\nq\n").run("--line-mode", "demo:/");
        indexOf(lines(r), "La bibliothèque est vide.");
    }
}
