package fr.liseuse.ui.tui;

import static fr.liseuse.ui.tui.Harness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import fr.liseuse.config.Settings;
import fr.liseuse.model.Page;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code s} saves the page shown, {@code B} lists the library, the search field searches it. */
class ReaderLibraryTest {

    private static final int MESSAGE = 22;

    private static List<EntrySummary> saved(Path home) throws Exception {
        return new Library(Settings.from(Map.of("LISEUSE_HOME", home.toString()), false), LibraryEvents.SILENT).list();
    }

    @Test
    void sSavesThePageAndSaysItsId(@TempDir Path home) throws Exception {
        Harness h = Harness.withLibrary(home, false, "demo:/dechets/horaires");
        h.type("s");
        List<EntrySummary> entries = saved(home);
        assertEquals(1, entries.size());
        assertEquals("Page enregistrée : " + entries.get(0).id(), h.row(MESSAGE));
        assertEquals("demo:/dechets/horaires", entries.get(0).source());
    }

    @Test
    void savingRunsOffTheUiThreadWithATextStatus(@TempDir Path home) throws Exception {
        Harness h = Harness.withLibrary(home, true, "demo:/dechets/horaires");
        h.finishLoads();
        h.type("s");
        assertEquals("Enregistrement de la page…", h.row(MESSAGE));
        assertTrue(saved(home).isEmpty(), "nothing written on the UI thread");
        h.finishLoads();
        assertTrue(h.row(MESSAGE).startsWith("Page enregistrée : "), h.row(MESSAGE));
    }

    @Test
    void discreetModeRefusesToSaveInOneLineAndWritesNothing() {
        Harness h = Harness.open("demo:/");
        h.type("s");
        assertTrue(h.row(MESSAGE).startsWith("mode discret (--discreet ou LISEUSE_DISCREET=1) : rien n’est écrit"),
                h.row(MESSAGE));
        assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "liseuse-no-library")));
    }

    @Test
    void theLibrarySearchFindsASavedPageWhichOpensByIdIntoTheHistory(@TempDir Path home) throws Exception {
        Harness h = Harness.withLibrary(home, false, "demo:/dechets/horaires");
        h.type("s");
        String id = saved(home).get(0).id();
        h.type("/").keys(key(KeyType.Tab)).type("collecte").keys(key(KeyType.Enter));
        assertEquals("Bibliothèque : « collecte »", h.row(0));
        assertTrue(h.row(MESSAGE).startsWith("1 résultat dans la bibliothèque pour « collecte » ; Entrée"),
                h.row(MESSAGE));
        assertTrue(h.atCursor().startsWith("1. Collecte des déchets : jours et horaires"), h.atCursor());
        assertTrue(h.text().contains(id + " demo:/dechets/horaires"), h.text());
        h.keys(key(KeyType.Enter));
        assertEquals("Collecte des déchets : jours et horaires", h.row(0));
        assertEquals(id, h.session.current().map(Page::source).orElseThrow(), "opened from the library by its id");
        h.keys(key(KeyType.Escape), key(KeyType.Escape));
        assertEquals("demo:/dechets/horaires", h.session.current().map(Page::source).orElseThrow());
    }

    @Test
    void aLibrarySearchWithoutHitsIsOneLine(@TempDir Path home) {
        Harness h = Harness.withLibrary(home, false, "demo:/");
        h.type("/").keys(key(KeyType.Tab)).type("collecte").keys(key(KeyType.Enter));
        assertEquals("Aucun résultat dans la bibliothèque pour « collecte ».", h.row(MESSAGE));
        assertEquals("Accueil", h.row(0));
    }

    @Test
    void bListsTheSavedPagesNumberedAndTheirNumberOpensOne(@TempDir Path home) throws Exception {
        Harness.withLibrary(home, false, "demo:/dechets/decheteries").type("s");
        Harness h = Harness.withLibrary(home, false, "demo:/dechets/horaires");
        h.type("s");
        h.type("B");
        assertEquals("Bibliothèque", h.row(0));
        assertEquals("Entrée : ouvrir la page ; Suppr : la retirer de la bibliothèque.", h.row(MESSAGE));
        assertEquals(1, h.text().split("2 pages enregistrées", -1).length - 1, "the count and the hint once each:\n" + h.text());
        assertEquals(1, h.text().split("Entrée : ouvrir", -1).length - 1, h.text());
        List<EntrySummary> entries = saved(home);
        assertTrue(h.atCursor().startsWith("1. " + entries.get(0).title()), h.atCursor());
        assertTrue(h.text().contains("  2. " + entries.get(1).title()), h.text());
        h.type("2").keys(key(KeyType.Enter));
        assertEquals(entries.get(1).title(), h.row(0));
        assertEquals(entries.get(1).id(), h.session.current().map(Page::source).orElseThrow());
    }

    @Test
    void theLibraryShowsWhenEachPageWasSaved(@TempDir Path home) throws Exception {
        Harness h = Harness.withLibrary(home, false, "demo:/dechets/horaires");
        h.type("s");
        h.type("B");
        String day = fr.liseuse.render.ReadableDate.of(
                java.time.LocalDate.ofInstant(saved(home).get(0).savedAt(), java.time.ZoneId.systemDefault()),
                fr.liseuse.text.Messages.french());
        assertTrue(h.text().contains("    Enregistrée le " + day), h.text());
    }

    @Test
    void deleteRemovesTheFocusedPageOnceConfirmed(@TempDir Path home) throws Exception {
        Harness.withLibrary(home, false, "demo:/dechets/decheteries").type("s");
        Harness h = Harness.withLibrary(home, false, "demo:/dechets/horaires");
        h.type("s");
        h.type("B");
        List<EntrySummary> entries = saved(home);
        h.keys(key(KeyType.ArrowDown), key(KeyType.Delete));
        String question = "Retirer de la bibliothèque (o : oui, autre touche : non) : « " + entries.get(1).title() + " »";
        assertTrue(question.startsWith(h.row(MESSAGE).replace("…", "")) && h.row(MESSAGE).contains("(o : oui, autre touche : non) : « "),
                "the answers first, then the title as far as it fits: " + h.row(MESSAGE));
        h.type("n");
        assertEquals("Rien n'a été retiré.", h.row(MESSAGE));
        assertEquals(2, saved(home).size());
        h.type("d");
        h.type("o");
        assertEquals(List.of(entries.get(0).id()), saved(home).stream().map(EntrySummary::id).toList());
        assertEquals("Retirée de la bibliothèque : « " + entries.get(1).title() + " »", h.row(MESSAGE));
        assertTrue(h.text().contains("1 page enregistrée") && !h.text().contains(entries.get(1).title() + "\n"),
                "the list shown again without it:\n" + h.text());
        h.type("d");
        h.type("o");
        assertTrue(saved(home).isEmpty());
        assertTrue(h.row(MESSAGE).startsWith("Retirée ; la bibliothèque est vide : « Déchèteries"), h.row(MESSAGE));
    }

    @Test
    void theEmergencyKeyStillWorksWhileARemovalAwaitsItsAnswer(@TempDir Path home) throws Exception {
        Harness h = Harness.withLibrary(home, false, "demo:/dechets/horaires");
        h.type("s");
        h.type("B");
        h.keys(key(KeyType.Delete), key(KeyType.F2));
        assertTrue(h.text().contains("17 : Police secours"), h.text());
        h.keys(key(KeyType.Escape));
        h.type("o");
        assertEquals(1, saved(home).size(), "the question was dropped, not answered by a later key");
    }

    @Test
    void removeOutsideTheLibrarySaysWhereItWorks(@TempDir Path home) {
        Harness h = Harness.withLibrary(home, false, "demo:/");
        h.type("d");
        assertEquals("Pour retirer une page, ouvrez la bibliothèque (B) et placez-vous sur elle.", h.row(MESSAGE));
    }

    @Test
    void anEmptyLibraryIsSaidInOneLine(@TempDir Path home) {
        Harness h = Harness.withLibrary(home, false, "demo:/");
        h.type("B");
        assertEquals("La bibliothèque est vide.", h.row(MESSAGE));
        assertEquals("Accueil", h.row(0));
    }

    @Test
    void helpListsTheSaveAndLibraryKeys() {
        Harness h = Harness.start(80, 60, false, false, "demo:/", false);
        h.keys(key(KeyType.F1));
        String help = h.text();
        assertTrue(help.contains("s : enregistrer la page dans la bibliothèque hors ligne"), help);
        assertTrue(help.contains("B : liste des pages enregistrées dans la bibliothèque"), help);
        assertTrue(help.contains("/ : chercher dans la page, la bibliothèque ou le site (Tab change de portée)"), help);
    }
}
