package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplatePhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Abonnez-vous à notre lettre d'information", "Suivez-nous sur les réseaux sociaux",
        "Crédit photo : Ville de Roubaix", "© MEL / J. Dupont", "Par Jeanne Martin", "Par : la rédaction",
        "12 mai 2025, 14:30", "Lundi 3 mars 2025", "Follow The Gleaner on Twitter and Instagram",
        "To view the full story, please subscribe to The Times.", "By Justine Coleman - 11/18/19 11:04 PM EST",
        "3:59 PM", "Updated 18 Nov 2019,", "Foto: DBT/Stella", "Unterstützen Sie diese Form des Journalismus.",
        "7. Oktober 2020", "Von: Götz Warnke", "Wird geladen...", "Jetzt abonnieren",
        "Síguenos en Facebook", "Un grupo de pingüinos, en la Antártida. Foto: EFE",
        "This post may contain affiliate links. Please see my disclosure page."})
    void furnitureLines(String line) {
        assertTrue(BoilerplatePhrases.furniture(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Par arrêté municipal, la rue Nationale est fermée à la circulation.",
        "Les habitants ont voté le 12 mai 2025 pour cent vingt projets.",
        "Le conseil se réunit le 3 juin à 18 heures en mairie de Lille.", "2025",
        "By 2030, the city wants every street to be lit by low-energy lamps.",
        "Por último, se ofreció que la autoridad portuaria tome en cuenta la propuesta.",
        "The photo shows the new tram line running through the city centre at night, past the old station."})
    void contentLines(String line) {
        assertFalse(BoilerplatePhrases.furniture(line), line);
    }
}
