package fr.liseuse.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.Block;
import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are decoded while they are parsed: a page whose bytes stop being valid UTF-8 far into it
 * is read again in the next charset, and comes out as if it had been decoded whole first.
 */
class PageDecodingTest {

    @TempDir
    Path work;

    private final PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of()).withOffline(true)));

    @Test
    void aWindows1252PageWhoseFirstAccentComesLateIsReadInWindows1252() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Long</title></head><body><article>");
        for (int i = 0; i < 3000; i++) {
            html.append("<p>Paragraph number ").append(i).append(" says nothing in plain ASCII at all.</p>");
        }
        html.append("<p>Été : l'œuvre de Noël coûte 5 €.</p></article></body></html>");
        byte[] bytes = html.toString().getBytes(Charset.forName("windows-1252"));
        assertTrue(bytes.length > 150_000, "the first byte that is not UTF-8 comes after the parser's first chunks");
        Path page = Files.write(work.resolve("long.html"), bytes);

        Page read = loader.load(page.toString(), InputStream.nullInputStream(), PagePart.ALL);

        Block last = read.blocks().get(read.blocks().size() - 1);
        assertEquals("Été : l'œuvre de Noël coûte 5 €.", last.plainText());
        assertTrue(read.text().startsWith("Paragraph number 0 says"), read.text().substring(0, 40));
    }
}
