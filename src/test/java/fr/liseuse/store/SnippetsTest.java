package fr.liseuse.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The excerpt a search shows under each hit: where most of the query's words meet, the first such
 * place when several are as good, however long the page.
 */
class SnippetsTest {

    private final Analysis analysis = new Analysis();
    private final Snippets snippets = new Snippets(analysis);

    private String excerpt(String text, String query) throws IOException {
        return snippets.around(text, Language.FRENCH, LibraryQuery.of(query, analysis).terms(Language.FRENCH));
    }

    private static String filler(String word, int times) {
        return (word + " ").repeat(times);
    }

    private static void assertShows(String excerpt, String shown, String left) {
        assertTrue(excerpt.contains(shown), excerpt);
        assertFalse(excerpt.contains(left), excerpt);
    }

    @Test
    void showsWhereTheWordsMeetRatherThanTheFirstWord() throws IOException {
        String text = filler("collecte", 40) + "Le tramway passe ici. " + filler("collecte", 60)
                + "La gare routière voit passer le tramway toutes les dix minutes. " + filler("collecte", 3000);
        assertShows(excerpt(text, "tramway gare"), "gare routière", "passe ici");
    }

    @Test
    void theFirstOfTwoEquallyGoodPlacesWinsOnALongPage() throws IOException {
        String text = filler("collecte", 200) + "Premier arrêt : la gare et son tramway. " + filler("collecte", 100)
                + "Second arrêt : la gare et son tramway. " + filler("déchetterie horaires", 20_000);
        String shown = excerpt(text, "tramway gare");
        assertShows(shown, "Premier arrêt", "Second arrêt");
        assertTrue(shown.startsWith("…") && shown.endsWith("…"), shown);
    }

    @Test
    void aPlaceWithOneWordIsShownWhenTheWordsNeverMeet() throws IOException {
        // "gare" only in the title (every word must be in the title or the text): the text has the tramway alone
        String text = filler("collecte", 100) + "Le tramway arrive. " + filler("collecte", 5000);
        String shown = excerpt(text, "tramway gare");
        assertTrue(shown.contains("Le tramway arrive"), shown);
    }

    @Test
    void aTextWithoutTheWordsShowsItsBeginning() throws IOException {
        String text = "Début du texte. " + filler("collecte", 500);
        String shown = excerpt(text, "tramway");
        assertTrue(shown.startsWith("Début du texte."), shown);
        assertTrue(shown.endsWith("…") && shown.length() <= Snippets.LENGTH + 1, shown);
    }
}
