package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.extract.pdf.PdfSamples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF is known by its header (within the first kilobyte, as readers allow), whatever its name. */
class PdfSourcesTest {

    private static final byte[] LEAFLET = PdfSamples.frenchLeaflet();

    @TempDir
    Path dir;

    private final Sources sources = new Sources(SourceOptions.defaults(Map.of()));

    @Test
    void aPdfFileIsAPdfWhateverItsName() throws Exception {
        for (String name : new String[] {"depliant.pdf", "depliant.txt", "depliant.html", "depliant"}) {
            Fetched f = sources.open(Files.write(dir.resolve(name), LEAFLET).toString());
            assertTrue(f.isPdf(), name + " gave " + f.contentType());
            assertArrayEquals(LEAFLET, f.body());
        }
    }

    @Test
    void aPdfOnStandardInputIsAPdf() throws Exception {
        assertTrue(sources.open("-", new ByteArrayInputStream(LEAFLET)).isPdf());
    }

    @Test
    void theHeaderMayStartALineAfterSomeJunkWithinTheFirstKilobyteOnly() throws Exception {
        byte[] junk = new byte[1000];
        Arrays.fill(junk, (byte) '=');
        junk[junk.length - 1] = '\n';
        byte[] late = concat(junk, LEAFLET);
        assertTrue(sources.open(Files.write(dir.resolve("late.bin"), late).toString()).isPdf());
        byte[] tooLate = concat(concat(junk, junk), "%PDF-1.7 texte".getBytes(StandardCharsets.US_ASCII));
        Fetched notPdf = sources.open(Files.write(dir.resolve("not.bin"), tooLate).toString());
        assertFalse(notPdf.isPdf(), "a header after the first kilobyte does not make a PDF");
        assertEquals("text/plain", notPdf.contentType(), "what the file holds is text, whatever its name");
    }

    @Test
    void textThatMentionsThePdfHeaderLaterIsStillText() throws Exception {
        Fetched f = sources.open(Files.write(dir.resolve("notes.txt"),
                ("Un fichier PDF commence par %PDF-1.7 ; ceci est du texte.").getBytes(StandardCharsets.UTF_8)).toString());
        assertEquals("text/plain", f.contentType(), "the header must start the file, or follow junk, not a sentence");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
