package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.liseuse.source.SourceException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class LocalSourcesTest {

    private static final String HTML = "<!DOCTYPE html><html lang=\"fr\"><head><title>Essai</title></head>"
            + "<body><p>Été à l'hôpital</p></body></html>";

    @TempDir
    Path dir;

    private final Sources sources = new Sources(SourceOptions.defaults(Map.of()).withMaxBytes(1024));

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void fails(Kind kind, String messagePart, Executable call) {
        SourceException e = assertThrows(SourceException.class, call);
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnHtmlFileWithItsFileUriAsBase() throws Exception {
        Path file = write("page.html", HTML);
        Fetched f = sources.open(file.toString());
        assertEquals("text/html", f.contentType());
        assertEquals(file.toUri().toString(), f.baseUri());
        assertTrue(f.baseUri().startsWith("file:/"));
        assertTrue(Charsets.decode(f).contains("Été à l'hôpital"));
    }

    @Test
    void htmFilesAreHtmlAndTxtFilesArePlainText() throws Exception {
        assertEquals("text/html", sources.open(write("old.HTM", HTML).toString()).contentType());
        assertEquals("text/plain", sources.open(write("notes.txt", "<p>not markup here</p>").toString()).contentType());
    }

    @Test
    void readsAWindows1252TextFile() throws Exception {
        Path file = write("noel.txt", "Été à l'hôpital, œuvre de Noël".getBytes(Charset.forName("windows-1252")));
        assertEquals("Été à l'hôpital, œuvre de Noël", Charsets.decode(sources.open(file.toString())));
    }

    @Test
    void otherNamesAreHtmlOrTextByWhatTheyHold() throws Exception {
        assertEquals("text/html", sources.open(write("saved.xhtml", HTML).toString()).contentType());
        assertEquals("text/html", sources.open(write("page", HTML).toString()).contentType());
        assertEquals("text/plain", sources.open(write("notes.md", "# Titre\n\ntexte").toString()).contentType());
        assertEquals("text/plain", sources.open(write("app.conf", "port = 80\n").toString()).contentType());
        assertEquals("text/plain", sources.open(write("LISEZMOI", "Lisez-moi d'abord.\n").toString()).contentType());
        fails(Kind.REJECTED, "binary", () -> sources.open(write("photo.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}).toString()));
    }

    @Test
    void fileUrisAreFiles() throws Exception {
        Path file = write("page.html", HTML);
        assertEquals(file.toUri().toString(), sources.open(file.toUri().toString()).baseUri());
    }

    @Test
    void aMissingFileIsNotFound() {
        fails(Kind.NOT_FOUND, "no such file", () -> sources.open(dir.resolve("absent.html").toString()));
    }

    @Test
    void aFolderIsRejectedWithAClearMessage() {
        fails(Kind.REJECTED, "is a folder", () -> sources.open(dir.toString()));
    }

    @Test
    void anUnreadableFileIsRejected() throws Exception {
        Path file = write("secret.html", HTML);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: every file is readable");
        fails(Kind.REJECTED, "permission denied", () -> sources.open(file.toString()));
    }

    @Test
    void anEmptyFileIsRejected() throws Exception {
        fails(Kind.REJECTED, "empty", () -> sources.open(write("vide.html", "").toString()));
    }

    @Test
    void binaryContentIsRejected() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        fails(Kind.REJECTED, "binary", () -> sources.open(write("image.html", png).toString()));
        byte[] nul = "<p>texte\u0000cach\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        fails(Kind.REJECTED, "binary", () -> sources.open(write("nul.txt", nul).toString()));
    }

    @Test
    void anHtmlPageWithOneStrayNulIsRead() throws Exception {
        String page = "<!doctype html><title>Horaires</title><p>" + "Ouvert du lundi au vendredi. ".repeat(20)
                + "\u0000</p><p>Fermé le dimanche.</p>";
        Path file = write("stray-nul.html", page.getBytes(StandardCharsets.UTF_8));
        String text = Charsets.decode(sources.open(file.toString()));
        assertTrue(text.contains("\uFFFD</p><p>Fermé le dimanche.</p>"), text);
    }

    @Test
    void aFileAboveTheCapIsRejected() throws Exception {
        Path file = write("big.html", "<p>" + "x".repeat(2000) + "</p>");
        fails(Kind.REJECTED, "larger than", () -> sources.open(file.toString()));
    }

    @Test
    void standardInputIsReadUpToTheCap() throws Exception {
        Fetched html = sources.open("-", stdin(HTML));
        assertEquals("text/html", html.contentType());
        assertNull(html.baseUri());
        assertEquals("text/plain", sources.open("-", stdin("Juste du texte.\n")).contentType());
        fails(Kind.REJECTED, "empty", () -> sources.open("-", stdin("")));
        fails(Kind.REJECTED, "larger than", () -> sources.open("-", stdin("x".repeat(1025))));
        fails(Kind.REJECTED, "binary", () -> sources.open("-", new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        assertTrue(sources.open("-", new ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F', '-', '1'})).isPdf());
    }

    @Test
    void standardInputCountsTheBytesReadForAProgressMessage() throws Exception {
        Received received = new Received();
        sources.open("-", stdin(HTML), received);
        assertEquals(HTML.getBytes(StandardCharsets.UTF_8).length, received.bytes());
        Received tooMuch = new Received();
        fails(Kind.REJECTED, "larger than", () -> sources.open("-", stdin("x".repeat(5000)), tooMuch));
        assertEquals(1025, tooMuch.bytes(), "what was read, up to the cap and one byte");
    }

    @Test
    void unknownNamesAreAskedToTheLibrary() throws Exception {
        Fetched stored = new Fetched("mel-42", "https://example.org/a", HTML.getBytes(StandardCharsets.UTF_8), "text/html", null);
        Sources withLibrary = new Sources(SourceOptions.defaults(Map.of()),
                id -> id.equals("mel-42") ? Optional.of(stored) : Optional.empty());
        assertEquals(stored, withLibrary.open("mel-42"));
        fails(Kind.NOT_FOUND, "no such file or library id", () -> withLibrary.open("mel-43"));
    }

    @Test
    void otherAddressKindsAreRejected() {
        fails(Kind.REJECTED, "unsupported kind of address", () -> sources.open("ftp://example.org/page.html"));
    }
}
