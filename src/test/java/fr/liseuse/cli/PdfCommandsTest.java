package fr.liseuse.cli;

import static fr.liseuse.LoopbackServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import fr.liseuse.LoopbackServer;
import fr.liseuse.extract.pdf.PdfSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF documents as sources, through the commands, as a user or a script sees them. */
class PdfCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] LEAFLET = PdfSamples.frenchLeaflet();
    private static LoopbackServer server;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = new LoopbackServer(PdfCommandsTest::route);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void route(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestURI().getPath()) {
            case "/guide" -> send(exchange, 200, "text/html; charset=utf-8", ("<!DOCTYPE html><html lang=\"fr\"><head>"
                    + "<title>Guide</title></head><body><main><h1>Guide des aides</h1><p>Toutes les adresses utiles "
                    + "de la ville sont dans <a href=\"/depliant.pdf\">le dépliant à télécharger</a>, mis à jour "
                    + "chaque année par le service social de la ville de Lisière.</p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            case "/depliant.pdf" -> send(exchange, 200, "application/pdf", LEAFLET);
            case "/telechargement" -> send(exchange, 200, "application/octet-stream", LEAFLET);
            case "/archive" -> send(exchange, 200, "application/octet-stream", new byte[] {'P', 'K', 3, 4, 0, 0});
            default -> {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static void assertOneLineRefusal(CliRunner.Result r, String message) {
        assertEquals(65, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of(message), r.err().lines().toList());
    }

    @Test
    void aPdfFileIsReadWhateverItsNameWithItsStructureAndContacts() throws Exception {
        Path pdf = file("depliant-sans-extension", LEAFLET);
        CliRunner.Result text = new CliRunner().run("read", pdf.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Violences conjugales : où trouver de l’aide\n"), text.out());
        assertTrue(text.out().contains("- Police secours : 17"), text.out());
        assertTrue(text.out().contains("[1] https://arretonslesviolences.gouv.fr/"), text.out());
        JsonNode page = JSON.readTree(new CliRunner().run("read", "--format", "json", pdf.toString()).out());
        List<String> numbers = new ArrayList<>();
        page.get("contacts").forEach(c -> numbers.add(c.path("number").asText(c.path("address").asText())));
        assertEquals(List.of("3919", "17", "0320495060", "contact@lisiere.test"), numbers);
        assertEquals("Accueil de jour de Lisière", page.get("contacts").get(2).get("label").asText());
        assertEquals("fr", page.get("lang").asText());
        assertEquals(0, page.get("menu").size());
        String markdown = new CliRunner().run("read", "--format", "markdown", file("guide.txt", LEAFLET).toString()).out();
        assertTrue(markdown.contains("## Numéros utiles"), markdown);
    }

    @Test
    void pdfsAreReadOverHttpByTheirTypeOrTheirSignature() throws Exception {
        CliRunner.Result typed = new CliRunner().run("read", base + "/depliant.pdf");
        assertEquals(0, typed.code(), typed.err());
        assertTrue(typed.out().contains("Horaires de l’accueil"), typed.out());
        CliRunner.Result download = new CliRunner().run("read", base + "/telechargement");
        assertEquals(typed.out(), download.out());
        assertOneLineRefusal(new CliRunner().run("read", base + "/archive"),
                "liseuse: " + base + "/archive : ni une page HTML ni du texte (application/octet-stream)");
    }

    @Test
    void aPdfThatCannotBeReadGivesOneLineInTheUiLanguageAndExit65() throws Exception {
        Path locked = file("verrouille.pdf", PdfSamples.withUserPassword());
        assertOneLineRefusal(new CliRunner().run("read", locked.toString()),
                "liseuse: " + locked + " : PDF protégé par un mot de passe, non lu");
        assertOneLineRefusal(new CliRunner().run("--lang", "en", "read", locked.toString()),
                "liseuse: " + locked + ": PDF protected by a password, not read");
        Path scan = file("scan.pdf", PdfSamples.scanned());
        assertOneLineRefusal(new CliRunner().run("read", scan.toString()),
                "liseuse: " + scan + " : PDF sans texte (document numérisé ?), rien à lire");
        Path cut = file("coupe.pdf", PdfSamples.truncated(0.6));
        assertOneLineRefusal(new CliRunner().run("read", cut.toString()),
                "liseuse: " + cut + " : PDF endommagé ou illisible, non lu");
    }

    @Test
    void aPdfHasNoSiteMenu() throws Exception {
        CliRunner.Result r = new CliRunner().run("menu", file("depliant.pdf", LEAFLET).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Pas de menu de navigation"), r.out());
    }

    @Test
    void theLibraryKeepsAPdfReadsItAgainAndFindsItsWords(@TempDir Path home) throws Exception {
        CliRunner cli = new CliRunner().env("LISEUSE_HOME", home.toString());
        CliRunner.Result saved = cli.run("save", file("depliant.pdf", LEAFLET).toString());
        assertEquals(0, saved.code(), saved.err());
        JsonNode entries = JSON.readTree(cli.run("library", "list", "--format", "json").out());
        assertEquals("Violences conjugales : où trouver de l’aide", entries.get(0).get("title").asText());
        String id = entries.get(0).get("id").asText();
        CliRunner.Result again = cli.run("read", id);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Police secours : 17"), again.out());
        CliRunner.Result found = cli.run("search", "permanences", "--format", "json");
        assertEquals(id, JSON.readTree(found.out()).get(0).get("id").asText(), found.out());
    }
}
