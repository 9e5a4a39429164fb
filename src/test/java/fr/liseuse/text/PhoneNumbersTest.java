package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private static List<String> numbers(String text) {
        return PhoneNumbers.find(text).stream().map(PhoneMatch::number).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tél. : 03 20 47 45 15.",
        "Tél. 03.20.47.45.15",
        "au 03-20-47-45-15 ou",
        "numéro 0320474515",
        "appelez le +33 3 20 47 45 15",
        "depuis l'étranger : +33 (0)3 20 47 45 15",
        "depuis l'étranger : +33(0)320474515",
        "ou 0033 3 20 47 45 15",
        "le\u00a003\u00a020\u00a047\u00a045\u00a015",
        "le 03\u202f20\u202f47\u202f45\u202f15"})
    void findsAFullNumberInItsUsualForms(String text) {
        List<PhoneMatch> found = PhoneNumbers.find(text);
        assertEquals(1, found.size(), text);
        PhoneMatch m = found.get(0);
        assertEquals("0320474515", m.number());
        assertEquals("03 20 47 45 15", m.display());
        assertEquals("+33320474515", m.international());
        assertEquals("tel:+33320474515", m.tel());
    }

    @Test
    void matchCoversExactlyTheWrittenNumber() {
        String text = "Standard : +33 (0)3 20 47 45 15, du lundi au vendredi.";
        PhoneMatch m = PhoneNumbers.find(text).get(0);
        assertEquals("+33 (0)3 20 47 45 15", text.substring(m.start(), m.end()));
    }

    @Test
    void freeNumbersDisplayInTheirUsualGrouping() {
        PhoneMatch m = PhoneNumbers.find("Numéro vert : 0 800 05 95 95 (appel gratuit)").get(0);
        assertEquals("0800059595", m.number());
        assertEquals("0 800 05 95 95", m.display());
        assertEquals("+33800059595", m.international());
    }

    @Test
    void findsSeveralNumbersInOrder() {
        assertEquals(List.of("0320474515", "0612345678", "3919"),
                numbers("Mairie : 03 20 47 45 15 ; portable : 06 12 34 56 78. Écoute : le 3919."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "En cas d'urgence médicale, composez le 15.|15",
        "Appelez le 17 (police secours) si vous êtes en danger.|17",
        "Composez le 15, le 17 ou le 18 selon la situation.|15 17 18",
        "Le numéro d'urgence européen 112 fonctionne partout.|112",
        "Par SMS, envoyez un message au 114.|114",
        "Sans abri ? Le 115 (Samu social) répond jour et nuit.|115",
        "Enfant en danger : appelez le 119.|119",
        "Le 3919 : Violences Femmes Info, écoute anonyme et gratuite.|3919",
        "Vous pouvez joindre le 3114 à toute heure.|3114",
        "Harcèlement à l'école : 3018.|3018",
        "France Victimes au 116 006, 7 jours sur 7.|116006",
        "France Victimes (116006) vous oriente.|116006",
        "Call 112 in an emergency.|112",
        "Dial 15 for an ambulance.|15",
        "Pour votre dossier, contactez le 3646.|3646"})
    void findsShortNumbersWhereTheTextShowsAPhone(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), numbers(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rendez-vous le 15 mars à la mairie.",
        "L'entrée coûte 15 € par personne.",
        "La déchetterie ferme à 17 h le samedi.",
        "Ouvert jusqu'à 17h30.",
        "Le service a été créé en 2019.",
        "Voir l'article 112 du règlement.",
        "Elle habite au 115 rue Nationale.",
        "Nous avons accueilli 3919 visiteurs cette année.",
        "Le budget atteint 15 000 euros.",
        "Une hausse de 15,5 % est prévue.",
        "Réunion le 15/03 à 18:00.",
        "Prenez la ligne 17 du bus.",
        "Téléphonez-nous les 15 et 17 juin.",
        "Horaires : 09.00-12.00 14.00-18.00",
        "SIRET 20004041800017",
        "Il y a 17 communes et 112 associations."})
    void ignoresNumbersThatAreNotPhones(String text) {
        assertEquals(List.of(), numbers(text), text);
    }

    @Test
    void shortNumberDisplayAndTel() {
        PhoneMatch m = PhoneNumbers.find("appelez le 116 006").get(0);
        assertEquals("116 006", m.display());
        assertNull(m.international());
        assertEquals("tel:116006", m.tel());
        PhoneMatch v = PhoneNumbers.find("appelez le 3919").get(0);
        assertEquals("3919", v.display());
        assertEquals("tel:3919", v.tel());
    }

    @Test
    void doesNotCutAFullNumberOutOfALongerRun() {
        assertEquals(List.of(), numbers("Référence 10320474515 et 032047451 et 03 20 47 45 15 16"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tel:+33353014217|0353014217|03 53 01 42 17|+33353014217|tel:+33353014217",
        "tel:+33-3-53-01-42-17|0353014217|03 53 01 42 17|+33353014217|tel:+33353014217",
        "tel:0353014217|0353014217|03 53 01 42 17|+33353014217|tel:+33353014217",
        "TEL:+33 (0)3 53 01 42 17|0353014217|03 53 01 42 17|+33353014217|tel:+33353014217",
        "03.53.01.42.17|0353014217|03 53 01 42 17|+33353014217|tel:+33353014217",
        "tel:0033353014217|0353014217|03 53 01 42 17|+33353014217|tel:+33353014217",
        "tel:%2B33353014217;ext=12|0353014217|03 53 01 42 17|+33353014217|tel:+33353014217",
        "tel:3919|3919|3919||tel:3919",
        "116 006|116006|116 006||tel:116006",
        "tel:15|15|15||tel:15"})
    void parsesTelLinksAndWrittenNumbers(String written, String number, String display, String international,
            String tel) {
        PhoneMatch m = PhoneNumbers.parse(written).orElseThrow();
        assertEquals(number, m.number());
        assertEquals(display, m.display());
        assertEquals(international, m.international());
        assertEquals(tel, m.tel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tel:", "tel:+3225551234", "tel:12", "0053014217", "03 53 01 42", "appelez-nous",
        "tel:035301421700"})
    void parseRefusesWhatIsNotAFrenchNumber(String written) {
        assertTrue(PhoneNumbers.parse(written).isEmpty(), written);
    }

    @Test
    void staysFastOnLongDigitRuns() {
        String digits = "0 ".repeat(300_000) + "1-".repeat(300_000) + "appelez le ".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> PhoneNumbers.find(digits));
    }
}
