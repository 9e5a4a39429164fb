package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build ships man pages, generated from the command model, in both languages. */
class ManPageIT {

    private static String page(String lang, String name) throws Exception {
        Path page = Path.of("target", "man", lang, name + ".1");
        assertTrue(Files.exists(page), page + " was not built");
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandHasAPageInFrenchAndEnglish() throws Exception {
        for (String lang : new String[] {"fr", "en"}) {
            for (String name : new String[] {"liseuse", "liseuse-read", "liseuse-menu", "liseuse-links",
                    "liseuse-contacts", "liseuse-search", "liseuse-save", "liseuse-library", "liseuse-library-list",
                    "liseuse-library-remove", "liseuse-library-clear", "liseuse-completion"}) {
                assertTrue(page(lang, name).startsWith("'\\\" t"), name + " is roff");
            }
        }
    }

    @Test
    void theMainPageSaysHowToReachHelpAndLeaveQuickly() throws Exception {
        String fr = page("fr", "liseuse");
        assertTrue(fr.contains("liseuse contacts") && fr.contains("Ctrl\\-X"), fr);
        assertTrue(fr.contains("Codes de sortie") || fr.contains("CODES DE SORTIE"), "exit codes are listed");
        String en = page("en", "liseuse");
        assertTrue(en.contains("Quick exit") && en.contains("69"), en);
        assertTrue(fr.contains(".SH \"NOM\"") && fr.contains("Manuel de liseuse"), "French section titles: " + fr);
        assertTrue(en.contains(".SH \"NAME\""), en);
    }
}
