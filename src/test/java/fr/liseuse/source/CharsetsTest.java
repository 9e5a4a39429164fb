package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final String SENTENCE = "Été à l'hôpital, œuvre de Noël";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String decode(byte[] body, String headerCharset) throws SourceException {
        return Charsets.decode(new Fetched("test", null, body, "text/html", headerCharset));
    }

    private static String page(String head) {
        return "<html><head>" + head + "</head><body><p>" + SENTENCE + "</p></body></html>";
    }

    @Test
    void readsWindows1252WhenNothingIsDeclared() throws SourceException {
        String text = decode(page("").getBytes(CP1252), null);
        assertTrue(text.contains(SENTENCE), text);
    }

    @Test
    void validUtf8WinsOverAHeaderSayingLatin1() throws SourceException {
        String text = decode(page("").getBytes(StandardCharsets.UTF_8), "ISO-8859-1");
        assertTrue(text.contains(SENTENCE), text);
    }

    @Test
    void validUtf8WinsOverAContradictingMetaTag() throws SourceException {
        String text = decode(page("<meta charset=\"windows-1252\">").getBytes(StandardCharsets.UTF_8), null);
        assertTrue(text.contains(SENTENCE), text);
    }

    @Test
    void aPageWhollyInWindows1252UnderAUtf8HeaderIsReadAsWindows1252() throws SourceException {
        String text = decode(page("").getBytes(CP1252), "utf-8");
        assertTrue(text.contains(SENTENCE), text);
    }

    /** The UTF-8 bytes of PAGE with one stray windows-1252 byte, a lone {@code é} ending " café", after its sentence. */
    private static byte[] strayByte(String page) {
        int end = page.indexOf("</p>");
        byte[] before = (page.substring(0, end) + " caf").getBytes(StandardCharsets.UTF_8);
        byte[] after = page.substring(end).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, body, 0, before.length);
        body[before.length] = (byte) 0xe9;
        System.arraycopy(after, 0, body, before.length + 1, after.length);
        return body;
    }

    @Test
    void strayLatin1BytesInAPageDeclaredUtf8ByItsHeaderBecomeReplacementCharactersOnly() throws SourceException {
        String text = decode(strayByte(page("")), "utf-8");
        assertTrue(text.contains(SENTENCE + " caf\uFFFD</p>"), text);
    }

    @Test
    void strayLatin1BytesInAPageDeclaredUtf8ByItsMetaTagBecomeReplacementCharactersOnly() throws SourceException {
        String text = decode(strayByte(page("<meta charset=\"utf-8\">")), null);
        assertTrue(text.contains(SENTENCE + " caf\uFFFD</p>"), text);
    }

    @Test
    void theHeaderCharsetWinsOverAUtf8MetaTagForBytesThatAreNotUtf8() throws SourceException {
        String text = decode(page("<meta charset=\"utf-8\">").getBytes(CP1252), "windows-1252");
        assertTrue(text.contains(SENTENCE), text);
    }

    @Test
    void aReplacementCharacterWrittenInValidUtf8IsKeptAsUtf8() throws SourceException {
        String text = decode(page("").replace("Noël", "No\uFFFDl ’").getBytes(StandardCharsets.UTF_8), "windows-1252");
        assertTrue(text.contains("No\uFFFDl ’"), text);
    }

    @Test
    void oneMalformedByteInOtherwiseUtf8TextIsNotReadAsUtf8() throws SourceException {
        byte[] utf8 = page("").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, body, 0, utf8.length);
        body[utf8.length] = (byte) 0xe9;   // a lone windows-1252 é at the end
        assertEquals(new String(body, CP1252), decode(body, null));
    }

    @Test
    void usesTheHeaderCharsetWhenBytesAreNotUtf8() throws SourceException {
        String russian = "Привет, мир";
        byte[] body = ("<p>" + russian + "</p>").getBytes(Charset.forName("KOI8-R"));
        assertTrue(decode(body, "koi8-r").contains(russian));
    }

    @Test
    void usesTheMetaCharsetWhenThereIsNoHeader() throws SourceException {
        String russian = "Привет, мир";
        byte[] body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>" + russian + "</p></body></html>").getBytes(Charset.forName("windows-1251"));
        assertTrue(decode(body, null).contains(russian));
    }

    @Test
    void byteOrderMarkComesFirstAndIsRemoved() throws SourceException {
        byte[] text = SENTENCE.getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xff;
        body[1] = (byte) 0xfe;
        System.arraycopy(text, 0, body, 2, text.length);
        assertEquals(SENTENCE, decode(body, "iso-8859-1"));
    }

    @Test
    void bytesNoCandidateCanDecodeAreRejected() {
        byte[] body = {'<', 'p', '>', (byte) 0x81, (byte) 0xc3, '<', '/', 'p', '>'};
        SourceException e = assertThrows(SourceException.class, () -> decode(body, null));
        assertEquals(SourceException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("decoded"), e.getMessage());
    }

    @Test
    void textHoldingNulCharactersIsRejectedAsBinary() {
        byte[] body = "<p>a\u0000b</p>".getBytes(StandardCharsets.UTF_8);
        SourceException e = assertThrows(SourceException.class, () -> decode(body, null));
        assertEquals(SourceException.Kind.REJECTED, e.kind());
    }

    @Test
    void strayNulCharactersInALargePageBecomeReplacementCharacters() throws Exception {
        String page = "<p>" + "Texte de l’article. ".repeat(400) + "</p><img alt=''>\u0000\u0000<p>Fin.</p>";
        String text = decode(page.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(text.endsWith("<img alt=''>\uFFFD\uFFFD<p>Fin.</p>"), text.substring(text.length() - 40));
    }

    @Test
    void strayNulCharactersAreFoundWhateverTheCharset() throws Exception {
        // windows-1252 (not valid UTF-8), KOI8-R from the header, UTF-16 after its byte-order mark
        assertEquals(1, replaced(decode(withNuls("Été à l'hôpital. ", 1).getBytes(CP1252), null)));
        assertEquals(2, replaced(decode(withNuls("Привет, мир. ", 2).getBytes(Charset.forName("KOI8-R")), "koi8-r")));
        assertEquals(1, replaced(decode(("\uFEFF" + withNuls("Été. ", 1)).getBytes(StandardCharsets.UTF_16BE), null)));
    }

    @Test
    void denseNulCharactersAreBinaryWhateverTheCharset() {
        byte[][] bodies = {withNuls("é", 60).getBytes(CP1252), withNuls("мир", 60).getBytes(Charset.forName("KOI8-R")),
            ("\uFEFF" + withNuls("é", 60)).getBytes(StandardCharsets.UTF_16BE)};
        String[] headers = {null, "koi8-r", null};
        for (int i = 0; i < bodies.length; i++) {
            byte[] body = bodies[i];
            String header = headers[i];
            SourceException e = assertThrows(SourceException.class, () -> decode(body, header));
            assertEquals(SourceException.Kind.REJECTED, e.kind());
        }
    }

    /** A page of WORDS repeated 400 times, with NULS NUL characters among the last paragraphs. */
    private static String withNuls(String words, int nuls) {
        return "<p>" + words.repeat(400) + "</p>" + "<p>\u0000</p>".repeat(nuls) + "<p>Fin.</p>";
    }

    private static long replaced(String text) {
        return text.chars().filter(c -> c == 0xFFFD).count();
    }
}
