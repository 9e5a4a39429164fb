package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.liseuse.extract.FailingParts;
import fr.liseuse.model.PagePart;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bug in one part of a page never costs the reader the page (issue 15): `read` still prints it
 * and exits 0; the fault is one line on stderr with {@code -v}, in the UI language, and nothing without.
 */
class FailingPartTest {

    private static final String PAGE = Path.of("src/test/resources/fixtures/contacts/violences-conjugales.html").toString();
    private static final String ARTICLE_WORDS = "composez le 17 (police secours)";

    private final ObjectMapper json = new ObjectMapper();

    private static CliRunner failing(PagePart part) {
        // the message of the fault is hostile: it must not reach the terminal as it is
        RuntimeException fault = new StringIndexOutOfBoundsException("\u001b]0;pwned\u0007");
        return new CliRunner().extractors(faults -> FailingParts.extractor(part, fault, faults));
    }

    @Test
    void eachFailingPartLeavesTheJsonPageWithTheOthers() throws Exception {
        for (PagePart part : List.of(PagePart.METADATA, PagePart.ARTICLE, PagePart.MENU, PagePart.RESULTS, PagePart.CONTACTS)) {
            CliRunner.Result r = failing(part).run("read", "--format", "json", PAGE);

            assertEquals(0, r.code(), part + ": " + r.err());
            assertEquals("", r.err(), "nothing on stderr without -v");
            JsonNode page = json.readTree(r.out());
            assertTrue(page.get("text").asText().contains(ARTICLE_WORDS), part + ": the text is there");
            assertTrue(page.get("title").asText().startsWith("Violences conjugales"), part + ": the title is there");
            assertEquals(part == PagePart.MENU, page.get("menu").isEmpty(), part + ": the menu");
            assertEquals(part == PagePart.CONTACTS, page.get("contacts").isEmpty(), part + ": the contacts");
            assertEquals(part == PagePart.METADATA, page.get("lang").isNull(), part + ": the metadata");
            assertEquals(part == PagePart.ARTICLE, page.get("links").isEmpty(), part + ": the article's links");
        }
    }

    @Test
    void verboseNamesTheFailingPartAndItsExceptionOnOneCleanLine() {
        CliRunner.Result fr = failing(PagePart.METADATA).run("-v", "read", PAGE);
        assertEquals(0, fr.code());
        assertTrue(fr.out().contains(ARTICLE_WORDS), fr.out());
        assertEquals(List.of("liseuse: " + PAGE + " : partie « métadonnées » de la page en échec "
                + "(StringIndexOutOfBoundsException) ; la page est donnée sans elle"), fr.err().lines().toList());

        CliRunner.Result en = failing(PagePart.MENU).run("--lang", "en", "read", "--format", "json", "-v", PAGE);
        assertEquals(0, en.code());
        assertEquals(List.of("liseuse: " + PAGE + ": page part \"site menu\" failed (StringIndexOutOfBoundsException);"
                + " the page is given without it"), en.err().lines().toList());

        CliRunner.Result article = failing(PagePart.ARTICLE).run("-v", "read", PAGE);
        assertEquals(0, article.code());
        assertTrue(article.out().contains(ARTICLE_WORDS), article.out());
        assertTrue(article.err().startsWith("liseuse: " + PAGE + " : extraction de l'article en échec"
                + " (StringIndexOutOfBoundsException)"), article.err());
        assertFalse(article.err().contains("pwned") || article.err().contains("\u001b"), article.err());
    }

    @Test
    void textOutputDoesNotReadTheMenuOrTheContacts() {
        for (PagePart unread : List.of(PagePart.MENU, PagePart.CONTACTS)) {
            CliRunner.Result r = failing(unread).run("-v", "read", PAGE);
            assertEquals(0, r.code());
            assertEquals("", r.err(), unread + " is not even run for text");
        }
        assertTrue(failing(PagePart.MENU).run("-v", "menu", PAGE).err().contains("menu"), "the menu command runs it");
        assertTrue(failing(PagePart.CONTACTS).run("-v", "contacts", PAGE).err().contains("contacts"),
                "the contacts command runs it");
    }
}
