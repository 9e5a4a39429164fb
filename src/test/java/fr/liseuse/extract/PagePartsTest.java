package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Contact;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.PagePart;
import fr.liseuse.model.SiteHints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fault in one part of a page costs that part only: the page comes out with the rest. */
class PagePartsTest {

    private static final String BASE = "https://www.lillemetropole.fr/actualites/violences";

    private record Fault(String source, PagePart part, RuntimeException fault) { }

    private static String page() throws IOException {
        try (InputStream in = PagePartsTest.class.getResourceAsStream("/fixtures/contacts/violences-conjugales.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Page withFailing(PagePart part, RuntimeException fault, List<Fault> told) throws IOException {
        return FailingParts.extractor(part, fault, (source, p, e) -> told.add(new Fault(source, p, e)))
                .extract(page(), "page", BASE);
    }

    @Test
    void eachFailingSecondaryPartLeavesThePageWithTheOthersAndItsArticle() throws IOException {
        Page whole = new Extractor().extract(page(), "page", BASE);
        assertFalse(whole.contacts().isEmpty() || whole.menu().isEmpty() || whole.title() == null, "the fixture has them all");
        for (PagePart part : List.of(PagePart.METADATA, PagePart.MENU, PagePart.RESULTS, PagePart.CONTACTS)) {
            List<Fault> told = new ArrayList<>();
            RuntimeException fault = new StringIndexOutOfBoundsException(-1);
            Page page = withFailing(part, fault, told);

            assertEquals(List.of(new Fault("page", part, fault)), told, "the fault is told, once, with its part");
            // without metadata the title is not known to be the h1, which then stays in the text
            assertTrue(page.text().endsWith(whole.text()), "the article survives a failing " + part);
            assertEquals(part == PagePart.CONTACTS ? List.of() : whole.contacts(), page.contacts());
            assertEquals(part == PagePart.MENU ? List.of() : whole.menu(), page.menu());
            assertEquals(whole.links(), page.links());
            if (part == PagePart.METADATA) {
                assertTrue(page.title().startsWith("Violences conjugales"), "the document's own title stands in");
                assertNull(page.lang());
            } else {
                assertEquals(whole.title(), page.title());
                assertEquals(whole.site(), page.site());
                assertEquals(whole.url(), page.url());
            }
        }
    }

    @Test
    void aFailingArticleStepGivesTheWholeBodyTextWithTheOtherParts() throws IOException {
        Page whole = new Extractor().extract(page(), "page", BASE);
        List<Fault> told = new ArrayList<>();
        Page page = withFailing(PagePart.ARTICLE, new IllegalStateException("article"), told);

        assertEquals(List.of(PagePart.ARTICLE), told.stream().map(Fault::part).toList());
        String text = page.text();
        for (String paragraph : whole.text().split("\n+")) {
            assertTrue(text.contains(paragraph), "the whole body keeps every paragraph of the article: " + paragraph);
        }
        assertTrue(text.contains("Mentions légales"), "nothing is judged furniture: the footer is there too");
        assertTrue(text.contains("Votre quotidien\n\nContact : 03 20 21 22 23"), "one paragraph per block: " + text);
        assertEquals(whole.menu(), page.menu());
        assertEquals(whole.title(), page.title());
        assertTrue(page.contacts().stream().anyMatch(c -> c instanceof Contact.Phone phone && phone.number().equals("3919")),
                "contacts are read from the text that stood in");
        assertEquals(PageKind.PAGE, page.kind());
    }

    @Test
    void aFailingResultsStepLeavesAResultsPageAsAPlainPage() throws IOException {
        String html;
        try (InputStream in = PagePartsTest.class.getResourceAsStream("/fixtures/search/recherche-dechetterie.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Page whole = new Extractor().extract(html, "results", BASE);
        assertEquals(PageKind.SEARCH_RESULTS, whole.kind(), "the fixture is a results page");
        List<Fault> told = new ArrayList<>();
        Page page = FailingParts.extractor(PagePart.RESULTS, new NullPointerException(), (s, p, e) -> told.add(new Fault(s, p, e)))
                .extract(html, "results", BASE);
        assertEquals(1, told.size());
        assertEquals(List.of(), page.results());
        assertFalse(page.text().isBlank(), "the page's own text still comes out");
        assertEquals(whole.menu(), page.menu());
    }

    @Test
    void partsNotAskedForAreNotRead() throws IOException {
        List<PagePart> faults = new ArrayList<>();
        Extractor failingMenu = FailingParts.extractor(PagePart.MENU, new IllegalStateException(),
                (s, p, e) -> faults.add(p));
        Page page = failingMenu.extract(page(), "page", BASE, SiteHints.NONE, PagePart.articleAnd(PagePart.RESULTS));
        assertEquals(List.of(), faults, "the failing menu was never run");
        assertEquals(List.of(), page.menu());
        assertEquals(List.of(), page.contacts());
        Page whole = new Extractor().extract(page(), "page", BASE);
        assertEquals(whole.text(), page.text());
        assertEquals(whole.links(), page.links());
        assertEquals(whole.blocks(), page.blocks());
    }

    @Test
    void anArticleStepFailingHalfWayGivesTheWholePageAsItWasNotWhatItHadPruned() {
        String html = "<html><head><title>Aide</title><style>p { color: red }</style></head><body>"
                + "<nav><a href='/'>Accueil</a></nav>"
                + "<div class='contenu'><h1>Où trouver de l’aide</h1><p>Appelez le <b>3919</b>, gratuit\u001b[31m et anonyme.</p>"
                + "<p>En cas de danger, composez le 17.</p><script>alert('x')</script></div>"
                + "<footer>Mentions légales</footer></body></html>";
        PageParts standard = new Extractor().parts();
        Extractor failing = new Extractor(new PageParts(standard.metadata(), (in, title) -> {
            in.doc().select("nav, footer").remove();
            throw new IllegalStateException("planted after pruning");
        }, standard.menu(), standard.results(), standard.contacts(), PartFaults.IGNORED));
        Page page = failing.extract(html, "aide", "https://example.org/aide");
        assertEquals("Accueil\n\nOù trouver de l’aide\n\nAppelez le 3919, gratuit et anonyme.\n\n"
                + "En cas de danger, composez le 17.\n\nMentions légales", page.text());
        assertTrue(page.links().isEmpty());
    }
}
