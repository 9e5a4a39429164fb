package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.model.EmergencyList;
import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.store.EmergencyDirectory;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outputs of the menu, links and contacts commands. */
class ListOutputsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    /** A small directory written for the test, so the golden files do not change with the real data. */
    private static List<EmergencyEntry> directory() {
        return List.of(
                new EmergencyEntry("17", "17", "Police secours", "Danger immédiat, violences en cours.",
                        "24 h/24, 7 j/7", "24 h/24", true, null, true, "https://ex.fr/17", "2026-01-02"),
                new EmergencyEntry("114", "114", "Urgences par SMS", "Pour les personnes sourdes.",
                        "24 h/24, 7 j/7", "24 h/24", true, "Envoyer un SMS au 114", true, "https://ex.fr/114", "2026-01-02"),
                new EmergencyEntry("3919", "3919", "Violences Femmes Info", "Écoute et orientation.",
                        "24 h/24, 7 j/7", "24 h/24", true, null, false, "https://ex.fr/3919", "2026-01-02"));
    }

    private static List<PersonalContact> personal() {
        return List.of(new PersonalContact("Claire, ma sœur", "0612345678", "06 12 34 56 78", "Elle sait tout, à toute heure."));
    }

    @Test
    void menuAsNumberedOutline() throws IOException {
        StringBuilder out = new StringBuilder();
        new MenuRenderer(Messages.french()).text(SamplePages.menu(), out);
        Golden.assertMatches("menu.fr.txt", out);
    }

    @Test
    void menuJsonIsRecursive() throws IOException {
        StringBuilder out = new StringBuilder();
        new MenuRenderer(Messages.french()).json(SamplePages.menu(), out);
        Golden.assertMatches("menu.json", out);
        MenuEntry deep = new MenuEntry("A", null, List.of(new MenuEntry("B", null,
                List.of(new MenuEntry("C", "https://ex.fr/c", List.of())))));
        StringBuilder deepOut = new StringBuilder();
        new MenuRenderer(Messages.french()).json(List.of(deep), deepOut);
        JsonNode c = mapper.readTree(deepOut.toString()).get(0).get("children").get(0).get("children").get(0);
        assertEquals("https://ex.fr/c", c.get("url").asText());
    }

    @Test
    void emptyMenuSaysSo() throws IOException {
        StringBuilder out = new StringBuilder();
        new MenuRenderer(Messages.english()).text(List.of(), out);
        assertEquals("No navigation menu on this page.\n", out.toString());
        StringBuilder json = new StringBuilder();
        new MenuRenderer(Messages.english()).json(List.of(), json);
        assertEquals("[]\n", json.toString());
    }

    @Test
    void linksWithTheirNumbers() throws IOException {
        List<Link> links = List.of(new Link(1, "guide de prévention", SamplePages.GUIDE), new Link(2, "", SamplePages.AIDE));
        StringBuilder out = new StringBuilder();
        new LinksRenderer(Messages.french()).text(links, out);
        assertEquals("[1] guide de prévention : " + SamplePages.GUIDE + "\n[2] " + SamplePages.AIDE + "\n", out.toString());
        StringBuilder json = new StringBuilder();
        new LinksRenderer(Messages.french()).json(links, json);
        assertEquals("[{\"n\":1,\"text\":\"guide de prévention\",\"url\":\"" + SamplePages.GUIDE + "\"},"
                + "{\"n\":2,\"text\":\"\",\"url\":\"" + SamplePages.AIDE + "\"}]\n", json.toString());
    }

    @Test
    void noLinksSaysSo() throws IOException {
        StringBuilder out = new StringBuilder();
        new LinksRenderer(Messages.french()).text(List.of(), out);
        assertEquals("Pas de lien dans le contenu de cette page.\n", out.toString());
    }

    private static EmergencyList list(List<Contact> page) {
        return EmergencyList.of(directory(), personal(), null, page);
    }

    /** DIRECTORY and PAGE's contacts (null: no page), without the user's own. */
    private static EmergencyList withoutPersonal(List<EmergencyEntry> directory, List<Contact> page) {
        return EmergencyList.of(directory, List.of(), null, page);
    }

    @Test
    void contactsTextListsEmergencyNumbersThenThePersonThenThePageThenTheListeningLinesThenTheDetails() throws IOException {
        StringBuilder out = new StringBuilder();
        new ContactsRenderer(Messages.french()).text(list(SamplePages.contacts()), out);
        Golden.assertMatches("contacts.fr.txt", out);
        String text = out.toString();
        List<String> order = List.of("\n17 : Police secours · urgence", "\n114 : Urgences par SMS · urgence · par SMS",
                "\n06 12 34 56 78 : Claire, ma sœur\n", "\n03 20 47 45 15 : Référent métropolitain\n",
                "\n3919 : Violences Femmes Info · écoute · gratuit · 24 h/24\n", "\nDétails\n",
                "\n  Danger immédiat", "\n  Elle sait tout", "\n  Écoute et orientation.");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(text.indexOf(order.get(i - 1)) >= 0 && text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)),
                    order.get(i - 1) + " before " + order.get(i) + " in\n" + text);
        }
    }

    @Test
    void contactsJsonMarksWhereEachComesFromInTheListsOrder() throws IOException {
        StringBuilder out = new StringBuilder();
        new ContactsRenderer(Messages.french()).json(list(SamplePages.contacts()), out);
        Golden.assertMatches("contacts.json", out);
        JsonNode all = mapper.readTree(out.toString());
        List<String> sources = new ArrayList<>();
        for (JsonNode entry : all) {
            List<String> fields = new ArrayList<>();
            entry.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("number", "display", "name", "purpose", "hours", "free", "sms", "emergency", "source",
                    "label", "sourceUrl", "verified"), fields);
            sources.add(entry.get("source").asText());
        }
        assertEquals(List.of("directory", "directory", "user", "page", "page", "directory"), sources);
        JsonNode person = all.get(2);
        assertEquals("0612345678", person.get("number").asText());
        assertEquals("Claire, ma sœur", person.get("name").asText());
        assertTrue(person.get("emergency").isNull());
        JsonNode email = all.get(4);
        assertTrue(email.get("number").isNull());
        assertEquals("contact@lillemetropole.fr", email.get("display").asText());
        assertTrue(email.get("emergency").isNull());
    }

    @Test
    void aPageNumberTheDirectoryListsIsShownOnceWithTheDirectorysFacts() throws IOException {
        List<Contact> page = List.of(new Contact.Phone("3919", "3919", null, "appelez le", "tel:3919"),
                SamplePages.contacts().get(0));
        StringBuilder out = new StringBuilder();
        new ContactsRenderer(Messages.french()).text(list(page), out);
        String summary = out.toString().substring(0, out.toString().indexOf("\nDétails\n"));
        assertEquals(1, summary.lines().filter(l -> l.startsWith("3919 ")).count(), out.toString());
        assertTrue(!out.toString().contains("appelez le"), out.toString());
    }

    @Test
    void withoutAPageThereIsNoPageSectionAndWithAnEmptyPageItSaysSo() throws IOException {
        StringBuilder out = new StringBuilder();
        new ContactsRenderer(Messages.english()).text(withoutPersonal(directory(), null), out);
        assertTrue(out.toString().startsWith("Emergency: police, rescue\n=========================\n"
                + "17: Police secours · emergency · free · 24 h/24\n"), out.toString());
        assertTrue(!out.toString().contains("On this page"));
        assertTrue(!out.toString().contains("Your contacts"), "no personal section when there are none");
        StringBuilder empty = new StringBuilder();
        new ContactsRenderer(Messages.english()).text(withoutPersonal(directory(), List.of()), empty);
        assertTrue(empty.toString().contains("\nOn this page\n============\nNo phone number or e-mail address on this page.\n\n"
                + "Listening and help lines, national\n"), empty.toString());
    }

    @Test
    void aProblemWithTheUsersContactsIsOneLineInTheirGroup() throws IOException {
        StringBuilder out = new StringBuilder();
        new ContactsRenderer(Messages.english(), false).text(
                EmergencyList.of(directory(), List.of(), "Your contacts could not be read (/h/contacts.json): malformed JSON, line 3.",
                        null), out);
        assertTrue(out.toString().contains("\nYour contacts\nYour contacts could not be read (/h/contacts.json): "
                + "malformed JSON, line 3.\n\nListening and help lines"), out.toString());
    }

    @Test
    void bundledDirectoryLinesAreShortAndSay3919IsAListeningLine() throws IOException {
        for (Messages messages : List.of(Messages.french(), Messages.english())) {
            StringBuilder out = new StringBuilder();
            new ContactsRenderer(messages).text(withoutPersonal(EmergencyDirectory.bundled().entries(messages.lang()), null), out);
            String summary = out.toString().substring(0, out.toString().indexOf(messages.get("contacts.details.heading")));
            // the panel adds a marker before and a sign of more after: 4 columns of 80
            summary.lines().forEach(line -> assertTrue(line.length() <= 76, "fits on one line of the panel: " + line));
        }
        StringBuilder out = new StringBuilder();
        new ContactsRenderer(Messages.french()).text(withoutPersonal(EmergencyDirectory.bundled().entries(), null), out);
        assertTrue(out.toString().contains("\n3919 : Violences Femmes Info · écoute · gratuit · 24 h/24\n"), out.toString());
        assertTrue(out.toString().contains("\n17 : Police secours / gendarmerie · urgence · gratuit · 24 h/24\n"));
        assertTrue(out.toString().contains("\n  SMS : Envoyer un SMS au 114.\n"));
    }
}
