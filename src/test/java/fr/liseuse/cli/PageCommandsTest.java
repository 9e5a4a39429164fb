package fr.liseuse.cli;

import static fr.liseuse.cli.CliRunner.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageCommandsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void menuPrintsTheSiteNavigationTree() throws Exception {
        CliRunner.Result r = new CliRunner().run("menu", "--format", "json", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        JsonNode menu = json.readTree(r.out());
        assertEquals("Au quotidien", menu.get(0).get("label").asText());
        assertEquals("https://metropole-lisiere.test/quotidien", menu.get(0).get("url").asText());
        assertEquals("Déchets", menu.get(0).get("children").get(0).get("label").asText());
        assertEquals("La métropole", menu.get(1).get("label").asText());
        String text = new CliRunner().run("menu", fixture("collecte.html")).out();
        assertTrue(text.contains("Au quotidien") && text.contains("Déchets"), text);
    }

    @Test
    void linksPrintsTheNumberedLinksOfTheMainContent() throws Exception {
        CliRunner.Result r = new CliRunner().run("links", "--format", "json", fixture("collecte.html"));
        assertEquals(0, r.code(), r.err());
        JsonNode links = json.readTree(r.out());
        assertEquals(1, links.size(), r.out());
        assertEquals(1, links.get(0).get("n").asInt());
        assertEquals("liste des déchetteries", links.get(0).get("text").asText());
    }

    @Test
    void contactsListTheDirectoryOfflineAndThePageNumbersApart() throws Exception {
        CliRunner.Result alone = new CliRunner().run("--offline", "contacts", "--format", "json");
        assertEquals(0, alone.code(), alone.err());
        Set<String> numbers = new HashSet<>();
        for (JsonNode entry : json.readTree(alone.out())) numbers.add(entry.get("number").asText());
        assertTrue(numbers.containsAll(Set.of("3919", "17", "15", "18", "112", "114", "115", "119")), numbers.toString());

        CliRunner.Result withPage = new CliRunner().run("contacts", "--format", "json", fixture("collecte.html"));
        boolean pageNumberListed = false;
        for (JsonNode entry : json.readTree(withPage.out())) {
            if ("page".equals(entry.get("source").asText())) {
                assertFalse("0353010099".equals(entry.get("number").asText()), "the footer switchboard is not a contact");
                pageNumberListed |= "0353012030".equals(entry.get("number").asText());
            }
        }
        assertTrue(pageNumberListed, withPage.out());
        String text = new CliRunner().run("contacts").out();
        assertTrue(text.contains("3919"), text);
    }

    @Test
    void pageCommandsReportAMissingSourceWithItsCode() {
        assertEquals(66, new CliRunner().run("menu", fixture("absent.html")).code());
        assertEquals(66, new CliRunner().run("links", fixture("absent.html")).code());
        assertEquals(66, new CliRunner().run("contacts", fixture("absent.html")).code());
    }
}
