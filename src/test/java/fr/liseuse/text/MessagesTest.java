package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String lang) throws IOException {
        return bundle("/fr/liseuse/messages_", lang);
    }

    private static Properties bundle(String prefix, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(prefix + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyMessageExistsInFrenchAndEnglish() throws IOException {
        assertEquals(new TreeSet<>(bundle("fr").stringPropertyNames()), new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void everyHelpTextExistsInFrenchAndEnglish() throws IOException {
        assertEquals(new TreeSet<>(bundle("/fr/liseuse/cli/help_", "fr").stringPropertyNames()),
                new TreeSet<>(bundle("/fr/liseuse/cli/help_", "en").stringPropertyNames()));
    }

    @Test
    void frenchIsChosenForAFrenchLocaleOnly() {
        assertEquals("fr", Messages.defaultLanguage(Map.of("LANG", "fr_FR.UTF-8")));
        assertEquals("en", Messages.defaultLanguage(Map.of("LANG", "C.UTF-8")));
        assertEquals("en", Messages.defaultLanguage(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "fr_FR.UTF-8")));
        assertEquals("en", Messages.defaultLanguage(Map.of()));
    }

    @Test
    void apostrophesSurviveMessageFormat() {
        assertEquals("Pas de page précédente.", Messages.french().get("line.back.none"));
        assertEquals("Cette page n'a pas de menu de site.", Messages.french().get("line.menu.none"));
    }

    @Test
    void noMessageHasALoneApostropheThatMessageFormatWouldEat() throws IOException {
        for (String lang : new String[] {"fr", "en"}) {
            Properties p = bundle(lang);
            for (String key : p.stringPropertyNames()) {
                String unquoted = p.getProperty(key).replace("''", "");
                assertEquals(-1, unquoted.indexOf('\''), lang + ": " + key + " has a lone ' (write '' or ’)");
            }
        }
    }
}
