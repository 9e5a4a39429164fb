package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Library search relevance on French (and one English) pages saved from fixtures. */
class SearchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PAGES = {"evenements", "coeur", "ecole", "violences", "tri", "ramassage", "hopital",
        "libraries"};

    @TempDir
    static Path home;

    /** Fixture name → library id. */
    private static final Map<String, String> IDS = new HashMap<>();

    private static CliRunner cli() {
        return new CliRunner().env("LISEUSE_HOME", home.toString());
    }

    @BeforeAll
    static void saveFixtures() {
        for (String name : PAGES) {
            CliRunner.Result r = cli().run("save", LibraryCommandsTest.page(name + ".html"));
            assertEquals(0, r.code(), r.err());
            IDS.put(name, r.out().strip().split("\\s+")[2]);
        }
    }

    private static JsonNode search(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        CliRunner.Result r = cli().run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    /** The fixture names of the hits, best first. */
    private static List<String> found(String... args) throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode hit : search(args)) {
            String id = hit.get("id").asText();
            IDS.forEach((name, value) -> {
                if (value.equals(id)) names.add(name);
            });
        }
        return names;
    }

    @Test
    void accentsAndCaseDoNotMatter() throws IOException {
        assertEquals(List.of("evenements"), found("evenement"));
        assertEquals(List.of("evenements"), found("NOEL"));
        assertEquals(List.of("coeur"), found("coeur"));
        assertEquals(List.of("coeur"), found("cœur"));
    }

    @Test
    void elisionsAreFolded() throws IOException {
        assertEquals(List.of("ecole"), found("ecole"));
        assertEquals(List.of("ecole"), found("l'école"));
        assertEquals(List.of("hopital"), found("hopital"));
    }

    @Test
    void pluralsAndSingularsMeet() throws IOException {
        assertEquals(List.of("violences"), found("violence"));
        assertEquals(List.of("violences"), found("violences"));
        assertEquals(List.of("hopital"), found("hôpitaux"));
        assertEquals(List.of("evenements"), found("événement"));
    }

    @Test
    void everyWordMustAppear() throws IOException {
        assertEquals(List.of(), found("noel", "hopital"));
        assertEquals(List.of("evenements"), found("marche", "noel"));
    }

    @Test
    void quotedWordsMustAppearTogetherInOrder() throws IOException {
        List<String> loose = found("tri sélectif");
        assertEquals(2, loose.size(), loose.toString());
        assertTrue(loose.contains("ramassage"), loose.toString());
        assertEquals(List.of("tri"), found("\"tri selectif\""));
        assertEquals(List.of("tri"), found("«tri sélectif»"));
        assertEquals(List.of(), found("\"selectif tri\""));
    }

    @Test
    void aPageAboutTheWordsRanksFirst() throws IOException {
        assertEquals(List.of("tri", "ramassage"), found("tri"));
    }

    @Test
    void englishPagesAreSearchedWithEnglishStems() throws IOException {
        assertEquals(List.of("libraries"), found("library"));
        assertEquals(List.of("libraries"), found("opening", "hour"));
    }

    @Test
    void hitsCarryIdTitleUrlSnippetAroundTheMatchAndScore() throws IOException {
        JsonNode hit = search("patinoire").get(0);
        assertEquals(IDS.get("evenements"), hit.get("id").asText());
        assertEquals("Agenda des Événements de Noël", hit.get("title").asText());
        assertEquals("https://www.lisiere.example/agenda/noel", hit.get("url").asText());
        assertTrue(hit.get("snippet").asText().contains("patinoire éphémère"), hit.toString());
        assertTrue(hit.get("snippet").asText().length() <= 210, hit.toString());
        assertTrue(hit.get("score").asDouble() > 0, hit.toString());
    }

    @Test
    void limitCutsTheList() throws IOException {
        assertEquals(1, search("tri", "--limit", "1").size());
        assertEquals(2, cli().run("search", "tri", "--limit", "0").code());
    }

    @Test
    void textOutputNumbersHitsWithTheirIds() {
        CliRunner.Result r = cli().run("search", "violence");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1. Lutter contre les violences faites aux femmes (" + IDS.get("violences") + ")"),
                r.out());
        assertTrue(cli().run("search", "introuvable").out().contains("Aucun résultat pour « introuvable »"));
    }

    @Test
    void siteSearchRunsTheDemoSitesOwnSearchOffline() throws Exception {
        CliRunner.Result r = cli().run("--offline", "search", "--site", "demo", "--format", "json", "dechets");
        assertEquals(0, r.code(), r.err());
        com.fasterxml.jackson.databind.JsonNode hits = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertTrue(hits.size() > 0, r.out());
        assertTrue(hits.get(0).get("url").asText().startsWith("demo:/"), r.out());
        assertTrue(hits.get(0).get("title").asText().length() > 0, r.out());
    }

    @Test
    void anUnknownSiteIsNotFound() {
        CliRunner.Result r = cli().run("search", "--site", "nulle-part", "collecte");
        assertEquals(66, r.code());
        assertTrue(r.err().startsWith("liseuse: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
