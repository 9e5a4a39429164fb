package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.liseuse.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    private static Set<String> sourceKeys(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/fr/liseuse/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String k : p.stringPropertyNames()) if (k.startsWith("source.")) keys.add(k);
        return keys;
    }

    @Test
    void bothLanguagesHaveEverySourceMessage() throws IOException {
        Set<String> english = sourceKeys("en");
        assertFalse(english.isEmpty());
        assertEquals(english, sourceKeys("fr"));
    }

    @Test
    void frenchMessagesAreFilledInWithoutStrayQuotes() {
        SourceException e = new SourceException(SourceException.Kind.REJECTED, "source.tooLarge", "page.html", new fr.liseuse.text.ByteSize(10L << 20));
        assertEquals("page.html : plus de 10 Mio, non lu", e.message(Messages.french()));
        String unknown = new SourceException(SourceException.Kind.UNAVAILABLE, "source.unknownHost", "x").message(Messages.french());
        assertEquals("x : nom d’hôte inconnu (échec de la résolution DNS)", unknown);
    }
}
