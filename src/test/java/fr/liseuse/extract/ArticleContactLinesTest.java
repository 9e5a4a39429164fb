package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Contact;
import fr.liseuse.model.Page;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A paragraph of the article that holds only a phone number or an e-mail address reaches the text and
 * the page's contacts, labelled by the heading above it; the same line in the page's furniture does not.
 */
class ArticleContactLinesTest {

    private static final String FRENCH_PROSE = ContactLabelsTest.FILLER_FR;
    private static final String ENGLISH_PROSE = ContactLabelsTest.FILLER_EN;

    private static Page read(String lang, String title, String header, String article, String footer) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body>"
                + header + "<main><article><h1>" + title + "</h1>" + article + "</article></main>" + footer
                + "</body></html>";
        return new Extractor().extract(html, "test.html", "https://aide.example/page");
    }

    private static Map<String, Contact> contacts(Page page) {
        return page.contacts().stream().collect(Collectors.toMap(
                c -> c instanceof Contact.Phone p ? p.number() : ((Contact.Email) c).address(), Function.identity()));
    }

    /** line is in the text right under heading, and its contact (by number or address) is labelled by it. */
    private static void assertReadUnder(Page page, String heading, String line, String contact) {
        assertTrue(page.text().contains(heading + "\n\n" + line), page.text());
        Contact found = contacts(page).get(contact);
        assertTrue(found != null, contact + " in " + page.contacts());
        assertEquals(heading, found.label());
    }

    @Test
    void frenchNumberAloneUnderAHeadingIsReadAndListedWithTheHeadingAsLabel() {
        Page page = read("fr", "Violences conjugales : où trouver de l'aide",
                "<header><p>Standard : 03 20 21 22 23</p></header>",
                FRENCH_PROSE + FRENCH_PROSE + "<h2>Permanence juridique</h2><p>03 20 00 00 00</p>"
                        + "<h2>Accueil de jour</h2><p>Tél. : 03.20.11.11.11</p>",
                "<footer><p>01 40 00 00 00</p><p>Mentions légales</p></footer>");

        assertReadUnder(page, "Permanence juridique", "03 20 00 00 00", "0320000000");
        assertReadUnder(page, "Accueil de jour", "Tél. : 03.20.11.11.11", "0320111111");
        Map<String, Contact> found = contacts(page);
        assertFalse(page.text().contains("01 40 00 00 00"), "the footer's number: " + page.text());
        assertFalse(page.text().contains("03 20 21 22 23"), "the header's number: " + page.text());
        assertFalse(found.containsKey("0140000000"));
        assertFalse(found.containsKey("0320212223"));
    }

    @Test
    void frenchLinkedNumberAndAddressInTheirOwnBoxesStay() {
        Page page = read("fr", "Violences conjugales : les numéros utiles", "",
                FRENCH_PROSE + "<h2>Violences Femmes Info</h2><div class=\"numero\"><a href=\"tel:3919\">3919</a></div>"
                        + "<h2>Référente violences</h2>"
                        + "<div class=\"courriel\"><a href=\"mailto:referente@exemple.fr\">referente@exemple.fr</a></div>"
                        + FRENCH_PROSE,
                "");

        assertReadUnder(page, "Violences Femmes Info", "3919", "3919");
        assertReadUnder(page, "Référente violences", "referente@exemple.fr", "referente@exemple.fr");
    }

    @Test
    void englishNumberAndAddressAloneUnderHeadingsAreReadButNotTheNavigationsNumber() {
        Page page = read("en", "Getting help in France",
                "<nav><a href=\"/\">Home</a><p>01 40 00 00 01</p></nav>",
                ENGLISH_PROSE + "<h2>Legal advice line</h2><p>01 40 00 00 00</p>"
                        + "<h2>Write to us</h2><div class=\"mail\"><a href=\"mailto:help@example.org\">help@example.org</a></div>"
                        + ENGLISH_PROSE,
                "<footer><nav><p>Phone: 02 40 00 00 00</p></nav></footer>");

        assertReadUnder(page, "Legal advice line", "01 40 00 00 00", "0140000000");
        assertReadUnder(page, "Write to us", "help@example.org", "help@example.org");
        Map<String, Contact> found = contacts(page);
        assertFalse(page.text().contains("01 40 00 00 01"), page.text());
        assertFalse(page.text().contains("02 40 00 00 00"), page.text());
        assertFalse(found.containsKey("0140000001"));
        assertFalse(found.containsKey("0240000000"));
    }

    @Test
    void aLineOfDigitsThatIsNoPhoneNumberIsStillDroppedAsADate() {
        Page page = read("fr", "Permanences", "",
                FRENCH_PROSE + "<p>12.03.2025</p>" + FRENCH_PROSE, "");
        assertFalse(page.text().contains("12.03.2025"), page.text());
    }

    @Test
    void aContactLineIsTheContactAndAShortLeadNotASentence() {
        assertTrue(ContactLine.is("03 20 00 00 00"));
        assertTrue(ContactLine.is("Téléphone : 03 20 00 00 00 / 06 12 34 56 78"));
        assertTrue(ContactLine.is("Phone: +33 1 40 00 00 00"));
        assertTrue(ContactLine.is("Courriel : contact@exemple.fr"));
        assertTrue(ContactLine.is("3919"));
        assertFalse(ContactLine.is("Appelez le 03 20 00 00 00 du lundi au vendredi, de 9 h à 17 h."));
        assertFalse(ContactLine.is("12.03.2025"));
        // a figure of a table or a page number, not the SAMU's 15 or the firemen's 18
        assertFalse(ContactLine.is("1.5"));
        assertFalse(ContactLine.is("18"));
        assertFalse(ContactLine.is("Permanence juridique"));
    }
}
