package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** A fault in one secondary part of a page costs that part only: the page comes out with the rest. */
class PagePartsTest {

    private static final String BASE = "https://www.lillemetropole.fr/actualites/violences";

    private static String page() throws IOException {
        try (InputStream in = PagePartsTest.class.getResourceAsStream("/fixtures/contacts/violences-conjugales.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The standard parts, with the one named {@code failing} replaced by one that throws. */
    private static PageParts failing(String failing, BiConsumer<String, RuntimeException> faults) {
        PageParts standard = new Extractor(faults).parts();
        return new PageParts(
                failing.equals("metadata") ? in -> { throw new IllegalStateException("metadata"); } : standard.metadata(),
                failing.equals("menu") ? in -> { throw new StringIndexOutOfBoundsException("menu"); } : standard.menu(),
                failing.equals("results") ? in -> { throw new NullPointerException("results"); } : standard.results(),
                failing.equals("contacts") ? (b, l) -> { throw new StringIndexOutOfBoundsException(-1); }
                        : standard.contacts(),
                faults);
    }

    @Test
    void eachFailingPartLeavesThePageWithTheOthersAndItsArticle() throws IOException {
        String html = page();
        Page whole = new Extractor().extract(html, "page", BASE);
        assertFalse(whole.contacts().isEmpty() || whole.menu().isEmpty() || whole.title() == null, "the fixture has them all");
        for (String part : List.of("metadata", "menu", "results", "contacts")) {
            List<String> faults = new ArrayList<>();
            Page page = new Extractor(failing(part, (name, e) -> faults.add(name))).extract(html, "page", BASE);

            assertEquals(List.of(part), faults, "the fault is told, once, by the part's name");
            // without metadata the title is not known to be the h1, which then stays in the text
            assertTrue(page.text().endsWith(whole.text()), "the article survives a failing " + part);
            assertEquals(part.equals("contacts") ? List.of() : whole.contacts(), page.contacts());
            assertEquals(part.equals("menu") ? List.of() : whole.menu(), page.menu());
            assertEquals(whole.results(), page.results());
            if (part.equals("metadata")) {
                assertTrue(page.title().startsWith("Violences conjugales"), "the document's own title stands in");
                assertEquals(null, page.lang());
            } else {
                assertEquals(whole.title(), page.title());
                assertEquals(whole.site(), page.site());
            }
        }
    }
}
