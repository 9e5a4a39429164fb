package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Page;
import fr.liseuse.model.RichText;
import fr.liseuse.text.DisplayWidth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Page contact labels name who answers, whatever shape the page gives the number in: each test is a
 * page written in that shape, in French and in English, read through the whole extractor.
 */
class ContactLabelsTest {

    static final String FILLER_FR = "<p>Les violences conjugales touchent chaque année des milliers de personnes."
            + " Des professionnels formés peuvent vous écouter, vous conseiller et vous accompagner dans vos démarches,"
            + " sans jugement et en toute confidentialité, que vous soyez victime ou proche d'une victime.</p>";
    static final String FILLER_EN = "<p>Domestic abuse affects thousands of people every year."
            + " Trained professionals can listen to you, advise you and support you through every step,"
            + " without judgement and in confidence, whether you are a victim or close to one.</p>";

    /** The labels of the page's contacts, by number or address, in reading order. */
    private static Map<String, String> labels(String lang, String body) {
        String filler = lang.equals("fr") ? FILLER_FR : FILLER_EN;
        String html = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Aide</title></head><body>"
                + "<nav><a href=\"/\">Accueil</a></nav><main><article><h1>Trouver de l'aide</h1>" + filler + body
                + filler + "</article></main><footer>Mentions légales</footer></body></html>";
        Page page = new Extractor().extract(html, "test", "https://exemple.test/aide");
        Map<String, String> labels = new LinkedHashMap<>();
        for (Contact c : page.contacts()) {
            labels.put(c instanceof Contact.Phone p ? p.number() : ((Contact.Email) c).address(), c.label());
        }
        return labels;
    }

    @Test
    void listItemLeadingWithTheAssociationsName() {
        assertEquals("Lisière Écoute Solidarité", labels("fr", "<ul><li>Lisière Écoute Solidarité : 03 53 01 42 17</li>"
                + "<li>Maison des femmes de Lisière : 03 53 01 42 18, du lundi au vendredi</li></ul>").get("0353014217"));
        assertEquals("Riverside Women's Aid", labels("en", "<ul><li>Riverside Women's Aid: 03 53 01 42 17</li>"
                + "<li>Victim Support France: 03 53 01 42 18, weekdays</li></ul>").get("0353014217"));
    }

    @Test
    void definitionListGivesTheTermAboveTheNumber() {
        Map<String, String> fr = labels("fr", "<dl><dt>Lisière Écoute Solidarité</dt><dd>03 53 01 42 17</dd>"
                + "<dt>Maison des femmes</dt><dd>03 53 01 42 18</dd></dl>");
        assertEquals("Lisière Écoute Solidarité", fr.get("0353014217"));
        assertEquals("Maison des femmes", fr.get("0353014218"));
        Map<String, String> en = labels("en", "<dl><dt>Riverside Women's Aid</dt><dd>03 53 01 42 17</dd>"
                + "<dt>Victim Support</dt><dd>03 53 01 42 18</dd></dl>");
        assertEquals("Riverside Women's Aid", en.get("0353014217"));
        assertEquals("Victim Support", en.get("0353014218"));
    }

    @Test
    void headingNamesTheServiceItsParagraphGivesTheNumberOf() {
        assertEquals("Lisière Écoute Solidarité", labels("fr", "<h2>Lisière Écoute Solidarité</h2>"
                + "<p>Une permanence téléphonique est assurée du lundi au vendredi au 03 53 01 42 17.</p>").get("0353014217"));
        assertEquals("Riverside Women's Aid", labels("en", "<h2>Riverside Women's Aid</h2>"
                + "<p>A telephone helpline is open on weekdays on 03 53 01 42 17.</p>").get("0353014217"));
    }

    @Test
    void sentenceAskingToContactSomeoneNamesThem() {
        assertEquals("Association Lisière Écoute", labels("fr",
                "<p>Pour être accompagnée, contactez l'association Lisière Écoute au 03 53 01 42 17.</p>").get("0353014217"));
        assertEquals("Riverside Women's Aid", labels("en",
                "<p>To be supported, contact the Riverside Women's Aid on 03 53 01 42 17.</p>").get("0353014217"));
    }

    @Test
    void telLinkTextIsTheName() {
        assertEquals("Lisière Écoute Solidarité", labels("fr", "<p>Pour parler à quelqu'un, appelez "
                + "<a href=\"tel:+33353014217\">Lisière Écoute Solidarité</a>, même la nuit.</p>").get("0353014217"));
        assertEquals("Riverside Women's Aid", labels("en", "<p>To talk to someone, phone "
                + "<a href=\"tel:+33353014217\">Riverside Women's Aid</a>, even at night.</p>").get("0353014217"));
    }

    @Test
    void tableRowGivesTheServiceInItsFirstCell() {
        assertEquals("Lisière Écoute Solidarité", labels("fr", "<table><tr><th>Service</th><th>Numéro</th></tr>"
                + "<tr><td>Lisière Écoute Solidarité</td><td>03 53 01 42 17</td></tr>"
                + "<tr><td>Maison des femmes</td><td>03 53 01 42 18</td></tr></table>").get("0353014217"));
        assertEquals("Riverside Women's Aid", labels("en", "<table><tr><th>Service</th><th>Number</th></tr>"
                + "<tr><td>Riverside Women's Aid</td><td>03 53 01 42 17</td></tr>"
                + "<tr><td>Victim Support</td><td>03 53 01 42 18</td></tr></table>").get("0353014217"));
    }

    @Test
    void emergencySentenceGivesTheServiceCalled() {
        assertEquals("Police ou gendarmerie", labels("fr",
                "<p>Si vous êtes en danger, appelez la police ou la gendarmerie au 17.</p>").get("17"));
        assertEquals("Police", labels("en", "<p>If you are in danger, call the police on 17.</p>").get("17"));
    }

    @Test
    void bracketOrApposedNameAfterTheNumber() {
        Map<String, String> fr = labels("fr", "<p>En cas de danger immédiat, appelez le 17 (police secours)."
                + " Le 3919, Violences Femmes Info, écoute anonymement.</p>");
        assertEquals("Police secours", fr.get("17"));
        assertEquals("Violences Femmes Info", fr.get("3919"));
        Map<String, String> en = labels("en", "<p>In immediate danger, dial 17 (police emergency)."
                + " The 3919, Violences Femmes Info, listens anonymously.</p>");
        assertEquals("Police emergency", en.get("17"));
        assertEquals("Violences Femmes Info", en.get("3919"));
    }

    /** At block level: the article extractor today drops a paragraph that holds nothing but a number. */
    @Test
    void sentenceSubjectNamingTheServiceBeatsABracketAboutThePrice() {
        assertEquals("Le service Déchets", labels("fr", "<p>Le service Déchets vous répond en semaine au"
                + " 03 53 01 20 20 (appel non surtaxé).</p>").get("0353012020"));
        assertEquals("The Waste Service", labels("en", "<p>The Waste Service answers you on weekdays at"
                + " 03 53 01 20 20 (no extra charge).</p>").get("0353012020"));
    }

    @Test
    void addressNextToANamedNumberIsTheSameService() {
        Map<String, String> fr = labels("fr", "<p>Lisière Rénov : 03 53 01 30 30, du lundi au vendredi,"
                + " ou <a href=\"mailto:renov@exemple.test\">renov@exemple.test</a>.</p>");
        assertEquals("Lisière Rénov", fr.get("0353013030"));
        assertEquals("Lisière Rénov", fr.get("renov@exemple.test"));
        Map<String, String> en = labels("en", "<p>Riverside Renovation: 03 53 01 30 30, Monday to Friday,"
                + " or <a href=\"mailto:renov@exemple.test\">renov@exemple.test</a>.</p>");
        assertEquals("Riverside Renovation", en.get("renov@exemple.test"));
    }

    @Test
    void numberAloneAfterAHeadingTakesTheHeading() {
        ContactExtractor extractor = new ContactExtractor();
        for (String heading : new String[] {"Permanence de Lisière Écoute", "Riverside Women's Aid helpline"}) {
            var contacts = extractor.extract(List.of(new Block.Heading(2, RichText.plain(heading)),
                    new Block.Paragraph(RichText.plain("03 53 01 42 17"))), List.of());
            assertEquals(heading, contacts.get(0).label());
        }
    }

    @Test
    void aLaterMentionThatNamesTheServiceWinsOverAGenericOne() {
        Map<String, String> fr = labels("fr", "<h2>Près de chez vous</h2><ul><li>Téléphone : 03 53 01 42 17.</li></ul>"
                + "<h2>Numéros à retenir</h2><ul><li>Lisière Écoute Solidarité : 03 53 01 42 17.</li></ul>");
        assertEquals(Set.of("0353014217"), fr.keySet());
        assertEquals("Lisière Écoute Solidarité", fr.get("0353014217"));
    }

    @Test
    void phrasesEndAsPhrasesAndFitOnePanelLine() {
        Map<String, String> fr = labels("fr", "<p>Quand l'association ferme le soir et le week-end, sa permanence"
                + " téléphonique départementale d'accueil et d'orientation des victimes est joignable au 03 53 01 42 17.</p>"
                + "<p>Sa permanence téléphonique est joignable au 03 53 01 42 18.</p>");
        Map<String, String> en = labels("en", "<p>When the association closes in the evening and at weekends, its"
                + " county telephone line for the reception and guidance of victims is reachable at 03 53 01 42 17.</p>");
        for (String label : new String[] {fr.get("0353014217"), fr.get("0353014218"), en.get("0353014217")}) {
            assertTrue(DisplayWidth.of(label) <= ContactLabels.MAX_LENGTH, label);
            String last = label.substring(label.lastIndexOf(' ') + 1);
            assertFalse(ContactWords.dangling(last), "ends on a dangling word: " + label);
            assertTrue(ContactLabels.letterWords(label) >= 2, label);
        }
        assertEquals("Sa permanence téléphonique est joignable", fr.get("0353014218"));
        String wide = ContactLabels.bounded("相談窓口".repeat(20));
        assertTrue(DisplayWidth.of(wide) <= ContactLabels.MAX_LENGTH && !wide.isEmpty(), wide);
    }

    /*
     * The two ways label building once threw StringIndexOutOfBoundsException, the fault that made
     * Readability.js's medium-1 page unreadable as a whole (that page is not among the stored
     * benchmarks; both shapes below failed before the fix).
     */

    /** Over 240 characters without a space before a number (a long address written out, say). */
    @Test
    void numberAfterALongRunWithoutSpacesIsRead() {
        String run = "https://exemple.test/" + "chemin/".repeat(40);
        Map<String, String> fr = labels("fr", "<p>Voir " + run + "(03 53 01 42 17) pour tout savoir.</p>");
        assertTrue(fr.containsKey("0353014217"), fr.toString());
    }

    /** A tel: link whose written number is another one: one contact, and the page reads. */    @Test
    void linkWhoseTextHoldsAnotherNumberIsOneContact() {
        Map<String, String> fr = labels("fr", "<p>Accueil de Lisière Écoute : <a href=\"tel:+33353014217\">"
                + "03 53 01 42 18</a>, du lundi au vendredi.</p>");
        assertEquals(Set.of("0353014217"), fr.keySet());
        assertEquals("Accueil de Lisière Écoute", fr.get("0353014217"));
    }
}
