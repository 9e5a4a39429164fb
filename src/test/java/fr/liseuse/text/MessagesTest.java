package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
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
    void everyMessageReadsAsTheBundleWritesIt() throws IOException {
        for (String lang : new String[] {"fr", "en"}) {
            Properties p = bundle(lang);
            Messages messages = Messages.of(lang);
            Locale locale = Locale.forLanguageTag(lang);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                Object[] args = pattern.contains(",choice,") || pattern.contains(",number")
                        ? new Object[] {1234, 2, 1, 0} : new Object[] {"A", "B", "C", "D"};
                assertEquals(new MessageFormat(pattern, locale).format(args), messages.get(key, args), lang + ": " + key);
            }
        }
    }

    @Test
    void numbersAndChoicesAreFormattedInTheLanguage() {
        assertEquals("1 résultat", Messages.french().get("render.results.count", 1));
        assertEquals("aucun résultat", Messages.french().get("render.results.count", 0));
        assertEquals("1,234 results", Messages.english().get("render.results.count", 1234));
    }

    @Test
    void anUnknownKeyReadsAsItself() {
        assertEquals("no.such.key", Messages.french().get("no.such.key"));
        assertEquals("no.such.key", Messages.english().get("no.such.key"));
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
