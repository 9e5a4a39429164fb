package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Link;
import fr.liseuse.model.RichText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ContactExtractorTest {

    private final ContactExtractor extractor = new ContactExtractor();

    private static Block paragraph(String text) {
        return new Block.Paragraph(RichText.plain(text));
    }

    private static String key(Contact c) {
        return c instanceof Contact.Phone p ? p.number() : ((Contact.Email) c).address();
    }

    private static Map<String, Contact> byKey(List<Contact> contacts) {
        return contacts.stream().collect(Collectors.toMap(ContactExtractorTest::key, Function.identity()));
    }

    @Test
    void smokePageParagraphGivesPhoneAndEmailWithLabels() {
        String text = "Pour un enlèvement à domicile, appelez le 03 53 01 20 30 ou écrivez à dechets@exemple.test.";
        int at = text.indexOf("dechets@");
        Block block = new Block.Paragraph(new RichText(text,
                List.of(new RichText.LinkMark(at, at + "dechets@exemple.test".length(), 1))));
        List<Contact> contacts = extractor.extract(
                List.of(block, paragraph("En cas d'urgence médicale, composez le 15.")),
                List.of(new Link(1, "dechets@exemple.test", "mailto:dechets@exemple.test")));

        assertEquals(List.of("0353012030", "dechets@exemple.test", "15"), contacts.stream().map(ContactExtractorTest::key).toList());
        Contact.Phone phone = (Contact.Phone) contacts.get(0);
        assertEquals("03 53 01 20 30", phone.display());
        assertEquals("+33353012030", phone.international());
        assertEquals("tel:+33353012030", phone.tel());
        assertEquals("Pour un enlèvement à domicile", phone.label());
        // the address in the same sentence reaches the same service
        assertEquals("Pour un enlèvement à domicile", contacts.get(1).label());
        assertEquals("En cas d'urgence médicale", contacts.get(2).label());
    }

    @Test
    void articleFixtureGivesLocalAndNationalNumbersButNotTheFooters() throws IOException {
        Document doc = fixture("violences-conjugales.html");
        List<Link> links = new ArrayList<>();
        List<Block> blocks = blocksOf(doc.selectFirst("main article"), links);
        List<Contact> contacts = extractor.extract(blocks, links);

        assertEquals(List.of("17", "112", "114", "3919", "116006", "119", "0320474515",
                        "referent.violences@lillemetropole.fr", "0320661234", "0320542765", "contact@cidff-lille.fr"),
                contacts.stream().map(ContactExtractorTest::key).toList());
        Map<String, Contact> found = byKey(contacts);
        assertFalse(found.containsKey("0320212223"), "the switchboard number of the header and footer");
        assertFalse(found.containsKey("0320000001"), "the related-articles box");
        assertEquals("Violences Femmes Info", found.get("3919").label());
        assertEquals("France Victimes", found.get("116006").label());
        assertEquals("116 006", ((Contact.Phone) found.get("116006")).display());
        assertEquals("Enfants en danger", found.get("119").label());
        assertEquals("Police secours", found.get("17").label());
        // "(police secours)" speaks of the 17, not of the 112 after it
        assertEquals("Depuis un portable", found.get("112").label());
        assertEquals("Si vous ne pouvez pas parler", found.get("114").label());
        assertEquals("Rendez-vous aussi à la permanence du CIDFF", found.get("0320542765").label());
        assertEquals("Rendez-vous aussi à la permanence du CIDFF", found.get("contact@cidff-lille.fr").label());
        assertEquals("Réservations", found.get("0320661234").label());
        assertEquals("tel:+33320661234", ((Contact.Phone) found.get("0320661234")).tel());
    }

    @Test
    void datesTimesPricesAndReferencesAreNotContacts() {
        List<Contact> contacts = extractor.extract(List.of(
                paragraph("Ouvert du 15 mars au 17 juin, de 9 h à 17 h, au 115 rue de l'Épeule."),
                paragraph("Tarif : 15 € ; voir l'article 112 ; créé en 2019.")), List.of());
        assertEquals(List.of(), contacts);
    }

    @Test
    void firstOccurrenceWinsWhenANumberRepeats() {
        List<Contact> contacts = extractor.extract(List.of(
                paragraph("Appelez le 3919, Violences Femmes Info."),
                paragraph("Rappel : le 3919 est gratuit."),
                new Block.ListBlock(false, List.of(RichText.plain("Mairie : 03 20 47 45 15"),
                        RichText.plain("Accueil au 03.20.47.45.15")))), List.of());
        assertEquals(List.of("3919", "0320474515"), contacts.stream().map(ContactExtractorTest::key).toList());
        assertEquals("Violences Femmes Info", contacts.get(0).label());
        assertEquals("Mairie", contacts.get(1).label());
    }

    @Test
    void telLinkMakesAShortNumberAContactEvenWithoutCueWords() {
        String text = "Assurance maladie";
        Block block = new Block.Paragraph(new RichText(text, List.of(new RichText.LinkMark(0, text.length(), 1))));
        List<Contact> contacts = extractor.extract(List.of(block), List.of(new Link(1, text, "tel:3646")));
        assertEquals(1, contacts.size());
        Contact.Phone phone = (Contact.Phone) contacts.get(0);
        assertEquals("3646", phone.number());
        assertEquals("tel:3646", phone.tel());
        assertEquals("Assurance maladie", phone.label());
    }

    @Test
    void linkedNumberIsOneContactNotTwo() {
        String text = "Standard de la mairie : 03 20 49 50 00";
        int at = text.indexOf("03");
        Block block = new Block.Paragraph(new RichText(text, List.of(new RichText.LinkMark(at, text.length(), 1))));
        List<Contact> contacts = extractor.extract(List.of(block), List.of(new Link(1, "03 20 49 50 00", "tel:+33320495000")));
        assertEquals(1, contacts.size());
        assertEquals("Standard de la mairie", contacts.get(0).label());
    }

    @Test
    void contactLinksOutsideTheTextAreKept() {
        List<Contact> contacts = extractor.extract(List.of(paragraph("Sans lien.")),
                List.of(new Link(1, "Écrire au service", "mailto:service%2Bweb@exemple.test?subject=Bonjour"),
                        new Link(2, "Site", "https://exemple.test/")));
        assertEquals(1, contacts.size());
        Contact.Email email = (Contact.Email) contacts.get(0);
        assertEquals("service+web@exemple.test", email.address());
        assertEquals("Écrire au service", email.label());
    }

    @Test
    void labelsAreCleanOneLineText() {
        List<Contact> contacts = extractor.extract(List.of(
                paragraph("Pour\u001b[2J une\nquestion\u202e, écrivez\r à info@exemple.test")), List.of());
        String label = contacts.get(0).label();
        assertEquals("Pour une question", label);
        assertTrue(label.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)));
    }

    @Test
    void tablesAndHeadingsAreSearchedToo() {
        List<Contact> contacts = extractor.extract(List.of(
                new Block.Heading(2, RichText.plain("Mairie de quartier Fives")),
                new Block.Table(List.of(List.of("Accueil", "03 20 49 50 00"), List.of("Horaires", "9 h - 17 h")))), List.of());
        assertEquals(1, contacts.size());
        assertEquals("0320495000", key(contacts.get(0)));
        assertEquals("Accueil", contacts.get(0).label());
    }

    static Document fixture(String name) throws IOException {
        try (InputStream in = ContactExtractorTest.class.getResourceAsStream("/fixtures/contacts/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://www.lillemetropole.fr/");
        }
    }

    /** A small stand-in for the article extractor: headings, paragraphs and lists with their link marks. */
    static List<Block> blocksOf(Element root, List<Link> links) {
        List<Block> blocks = new ArrayList<>();
        for (Element e : root.select("h1, h2, h3, p, ul")) {
            if (e.tagName().equals("ul")) {
                List<RichText> items = new ArrayList<>();
                for (Element li : e.children()) items.add(rich(li, links));
                blocks.add(new Block.ListBlock(false, items));
            } else if (e.tagName().startsWith("h")) {
                blocks.add(new Block.Heading(e.tagName().charAt(1) - '0', rich(e, links)));
            } else {
                blocks.add(new Block.Paragraph(rich(e, links)));
            }
        }
        return blocks;
    }

    private static RichText rich(Element e, List<Link> links) {
        StringBuilder text = new StringBuilder();
        List<RichText.LinkMark> marks = new ArrayList<>();
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                text.append(t.text());
            } else if (node instanceof Element child) {
                int start = text.length();
                text.append(child.text());
                if (child.tagName().equals("a")) {
                    int n = links.size() + 1;
                    links.add(new Link(n, child.text(), child.attr("abs:href")));
                    marks.add(new RichText.LinkMark(start, text.length(), n));
                }
            }
        }
        return new RichText(text.toString(), marks);
    }
}
