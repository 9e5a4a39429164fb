package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The demo site's pages read as a user sees them: the article, without the site's header and footer. */
class DemoPageTextTest {

    private final ObjectMapper json = new ObjectMapper();

    private String text(String source) throws Exception {
        CliRunner.Result r = new CliRunner().run("read", "--format", "json", source);
        assertEquals(0, r.code(), r.err());
        return json.readTree(r.out()).get("text").asText();
    }

    @Test
    void thePresentationGivesWhatTheMetropoleDoesAndHowToReachItWithoutLegalNoticesOrCookies() throws Exception {
        String text = text("demo:/metropole/presentation");
        assertTrue(text.contains("collecte et traitement des déchets"), text);
        assertTrue(text.contains("Standard : 03 53 01 00 00"), text);
        for (String furniture : new String[] {"Mentions légales", "Données personnelles", "cookies", "Accessibilité",
                "Recevez chaque mois", "Voir aussi", "Cette page vous a-t-elle été utile", "Partager"}) {
            assertFalse(text.contains(furniture), furniture + " in: " + text);
        }
    }

    @Test
    void theLegalNoticesHaveTheirOwnPageWhoseTextTheyAre() throws Exception {
        String text = text("demo:/mentions-legales");
        assertTrue(text.contains("Les noms, adresses et numéros de la métropole sont inventés"), text);
        assertTrue(text.contains("partiellement conforme au référentiel général"), text);
        assertTrue(text.contains("Aucune donnée n’est collectée"), text);
        assertTrue(text.contains("Le bandeau de cookies de ce site imite ceux des vrais sites"), text);
        assertFalse(text.contains("Tout accepter"), text);
        assertFalse(text.contains("Plan du site"), text);
    }
}
