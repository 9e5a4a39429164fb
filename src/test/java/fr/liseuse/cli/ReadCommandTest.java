package fr.liseuse.cli;

import static fr.liseuse.cli.CliRunner.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void printsTheArticleBodyWithoutBoilerplate() {
        CliRunner.Result r = new CliRunner().run("read", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Les encombrants sont collectés sur rendez-vous"), r.out());
        assertFalse(r.out().contains("Nous utilisons des cookies"), r.out());
        assertFalse(r.out().contains("Mentions légales"), r.out());
        assertFalse(r.out().contains("Partager sur Facebook"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void doesNotWrapInAPipeButWrapsAtTheGivenWidth() {
        String piped = new CliRunner().run("read", fixture("collecte.html")).out();
        assertTrue(piped.lines().anyMatch(l -> l.length() > 100), "a pipe gets whole paragraphs");
        String narrow = new CliRunner().run("read", "--width", "40", fixture("collecte.html")).out();
        // link addresses stay whole so they can be copied; everything else fits
        assertTrue(narrow.lines().filter(l -> !l.matches("\\[\\d+\\] .*"))
                .allMatch(l -> l.codePointCount(0, l.length()) <= 40), narrow);
        assertTrue(narrow.contains("03 53 01 20 30"), "a phone number is never cut: " + narrow);
    }

    @Test
    void wrapsAtTheTerminalWidthOnATerminal() {
        String out = new CliRunner().onTerminal().run("read", fixture("collecte.html")).out();
        assertTrue(out.lines().filter(l -> !l.matches("\\[\\d+\\] .*"))
                .allMatch(l -> l.codePointCount(0, l.length()) <= 60), out);
    }

    @Test
    void marksLinksAndListsThemAtTheEndUnlessAskedNotTo() {
        String out = new CliRunner().run("read", fixture("collecte.html")).out();
        assertTrue(out.contains("liste des déchetteries[1]"), out);
        assertTrue(out.contains("[1] https://metropole-lisiere.test/quotidien/dechets/dechetteries"), out);
        String bare = new CliRunner().run("read", "--no-links", fixture("collecte.html")).out();
        assertFalse(bare.contains("[1]"), bare);
    }

    @Test
    void jsonFollowsTheContractShape() throws Exception {
        CliRunner.Result r = new CliRunner().run("read", "--format", "json", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        JsonNode page = json.readTree(r.out());
        assertEquals("liseuse.page/1", page.get("schema").asText());
        assertEquals("article", page.get("kind").asText());
        assertEquals("Collecte des encombrants", page.get("title").asText());
        assertEquals("https://metropole-lisiere.test/dechets/encombrants", page.get("url").asText());
        assertEquals("fr", page.get("lang").asText());
        assertEquals("2025-03-04", page.get("published").asText());
        assertTrue(page.get("text").asText().startsWith("Les encombrants sont collectés"), page.get("text").asText());
        assertEquals(2, page.get("menu").size());
        assertTrue(page.get("results").isArray());
        assertTrue(page.get("resultCount").isNull());
    }

    @Test
    void severalSourcesGiveOneJsonLineEachAndTheFirstFailureCode() throws Exception {
        CliRunner.Result r = new CliRunner().run("read", "--format", "json",
                fixture("collecte.html"), fixture("absent.html"), fixture("vide.html"));
        assertEquals(66, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals("Collecte des encombrants", json.readTree(lines[0]).get("title").asText());
        assertEquals(66, json.readTree(lines[1]).get("error").get("code").asInt());
        assertEquals(fixture("absent.html"), json.readTree(lines[1]).get("source").asText());
        assertEquals(65, json.readTree(lines[2]).get("error").get("code").asInt());
    }

    @Test
    void readsStandardInput() {
        String html = "<html><body><article><p>Un texte lu depuis l'entrée standard, assez long pour être un article.</p></article></body></html>";
        CliRunner.Result r = new CliRunner().stdin(html).run("read", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Un texte lu depuis l'entrée standard"), r.out());
    }

    @Test
    void readsTheDemoSiteHomeOffline() {
        CliRunner.Result r = new CliRunner().run("--offline", "read", "demo:/");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().isBlank());
    }

    @Test
    void markdownEscapesNothingItNeedNotAndKeepsHeadings() {
        CliRunner.Result r = new CliRunner().run("read", "--format", "markdown", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Collecte des encombrants"), r.out());
        assertTrue(r.out().contains("## Ce qui est accepté"), r.out());
        assertTrue(r.out().contains("[liste des déchetteries](https://metropole-lisiere.test/quotidien/dechets/dechetteries)"), r.out());
    }

    @Test
    void namesEachSourceBeforeItsPageWhenThereAreSeveral() {
        String first = fixture("collecte.html");
        String second = "demo:/dechets/horaires";
        CliRunner.Result r = new CliRunner().run("read", first, "demo:/nulle-part", second);
        String alone = new CliRunner().run("read", first).out();
        String other = new CliRunner().run("read", second).out();
        assertEquals("==> " + first + " <==\n" + alone + "\n==> " + second + " <==\n" + other, r.out());
        assertTrue(r.err().contains("nulle-part"), "the failed source is reported on stderr only: " + r.err());
        assertFalse(alone.contains("==>"), "one page alone gets no separator");
        assertFalse(new CliRunner().run("read", "--format", "json", first, second).out().contains("==>"));
        assertTrue(new CliRunner().run("read", "--format", "markdown", first, second).out().contains("\n==> " + second + " <==\n"));
    }

    @Test
    void readsTextFilesWhateverTheirNameWithTheFirstLineAsTitleOnce(@TempDir Path folder) throws Exception {
        Path markdown = Files.writeString(folder.resolve("notes.md"), "# Horaires\n\nOuvert le lundi.\n\nFermé le dimanche.\n");
        Path bare = Files.writeString(folder.resolve("LISEZMOI"), "Horaires\n========\nOuvert le lundi.\n");
        Path txt = Files.writeString(folder.resolve("notes.txt"), "Horaires\nOuvert le lundi.\n\nFermé le dimanche.\n");
        for (Path file : List.of(markdown, bare, txt)) {
            CliRunner.Result r = new CliRunner().run("read", "--format", "json", file.toString());
            assertEquals(0, r.code(), file + ": " + r.err());
            JsonNode page = json.readTree(r.out());
            assertEquals("Horaires", page.get("title").asText(), file.toString());
            assertTrue(page.get("text").asText().startsWith("Ouvert le lundi."), file + ": " + page.get("text"));
            String text = new CliRunner().run("read", file.toString()).out();
            assertEquals(1, text.split("Horaires", -1).length - 1, "the title once: " + text);
        }
        Path oneLine = Files.writeString(folder.resolve("numero.conf"), "Appelez le 3919.\n");
        assertTrue(new CliRunner().run("read", oneLine.toString()).out().contains("Appelez le 3919."));
    }
}
