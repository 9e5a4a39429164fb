package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.cli.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow, lying and failing servers, end to end through the command line: each fault gives the
 * CONTRACT §5 code and one clean line on stderr; pages that are merely odd are read.
 */
class HttpFaultsTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Été</title>%s</head><body><article>"
            + "<h1>Été à l’hôpital</h1><p>Les visites d’été à l’hôpital sont ouvertes à tous, œuvre de Noël comprise, "
            + "du lundi au vendredi et le samedi matin, sur rendez-vous.</p></article></body></html>";
    private static RawHttpServer server;

    private static byte[] page(Charset charset, String meta) {
        return String.format(PAGE, meta).getBytes(charset);
    }

    private static String html(String extraHeaders) {
        return "200 OK\nContent-Type: text/html" + extraHeaders;
    }

    @BeforeAll
    static void start() throws IOException {
        byte[] utf8 = page(StandardCharsets.UTF_8, "");
        server = new RawHttpServer()
                .route("/silence", (s, out) -> Thread.sleep(60_000))
                .route("/goutte", (s, out) -> {
                    out.write(RawHttpServer.head(html("; charset=utf-8\nContent-Length: " + utf8.length)));
                    for (byte b : utf8) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(1000);
                    }
                })
                .route("/coupure", (s, out) -> {
                    out.write(RawHttpServer.head(html("\nContent-Length: 100000")));
                    out.write(utf8);
                    out.flush();
                    s.setSoLinger(true, 0); // close with a TCP reset
                })
                .respond("/trop-long-annonce", html("\nContent-Length: 100000"), utf8)
                .respond("/trop-court-annonce", html("; charset=utf-8\nContent-Length: 200"), utf8)
                .respond("/boucle", "302 Found\nLocation: /boucle\nContent-Length: 0", new byte[0])
                .respond("/sans-destination", "302 Found\nContent-Length: 0", new byte[0])
                .respond("/401", "401 Unauthorized\nContent-Length: 0", new byte[0])
                .respond("/403", "403 Forbidden\nContent-Length: 0", new byte[0])
                .respond("/404", "404 Not Found\nContent-Length: 0", new byte[0])
                .respond("/410", "410 Gone\nContent-Length: 0", new byte[0])
                .respond("/429", "429 Too Many Requests\nRetry-After: 120\nContent-Length: 0", new byte[0])
                .respond("/500", "500 Internal Server Error\nContent-Type: text/html\nContent-Length: 38",
                        "<h1>\u001b]0;pwned\u0007Erreur interne</h1>".getBytes(StandardCharsets.UTF_8))
                .respond("/503", "503 Service Unavailable\nRetry-After: 30\nContent-Length: 0", new byte[0])
                .respond("/image", "200 OK\nContent-Type: image/png\nContent-Length: 8",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .respond("/pdf", "200 OK\nContent-Type: application/pdf\nContent-Length: 9",
                        "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
                .respond("/json", "200 OK\nContent-Type: application/json\nContent-Length: 2",
                        "{}".getBytes(StandardCharsets.US_ASCII))
                .respond("/bombe", html("\nContent-Encoding: gzip"), gzipOfZeros(64L << 20))
                .respond("/entete-latin1", html("; charset=iso-8859-1"), utf8)
                .respond("/entete-utf8", html("; charset=utf-8"), page(Charset.forName("windows-1252"), ""))
                .respond("/utf8-invalide", html("; charset=utf-8"), invalidUtf8())
                .respond("/bom-contre-meta", html(""),
                        withBom(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                                page(StandardCharsets.UTF_8, "<meta charset=\"windows-1252\">")))
                .respond("/bom-utf16", html(""),
                        withBom(new byte[] {(byte) 0xff, (byte) 0xfe},
                                page(StandardCharsets.UTF_16LE, "<meta charset=\"utf-8\">")));
        for (int i = 0; i < 12; i++) {
            server.respond("/longue/" + i, "301 Moved Permanently\nLocation: /longue/" + (i + 1)
                    + "\nContent-Length: 0", new byte[0]);
        }
        server.respond("/longue/12", html("; charset=utf-8"), utf8);
        for (int i = 0; i < 3; i++) {
            server.respond("/courte/" + i, "308 Permanent Redirect\nLocation: " + server.base() + "/courte/" + (i + 1)
                    + "\nContent-Length: 0", new byte[0]);
        }
        server.respond("/courte/3", html("; charset=utf-8"), utf8);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static byte[] gzipOfZeros(long size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            gzip.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < size; written += zeros.length) gzip.write(zeros);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] page = page(StandardCharsets.UTF_8, "");
        bytes.write(page, 0, page.length / 2);
        bytes.writeBytes(new byte[] {(byte) 0xc3, ' ', (byte) 0xff, (byte) 0xfe, (byte) 0xed, (byte) 0xa0, (byte) 0x80});
        bytes.write(page, page.length / 2, page.length - page.length / 2);
        return bytes.toByteArray();
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static CliRunner.Result read(String path, String... options) {
        String[] args = new String[options.length + 2];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "read";
        args[options.length + 1] = server.base() + path;
        return new CliRunner().run(args);
    }

    private static void assertFault(CliRunner.Result r, int code, String fragment) {
        String shown = "exit " + r.code() + ": " + CleanOutput.visible(r.err());
        assertEquals(code, r.code(), shown);
        assertTrue(r.err().startsWith("liseuse: "), shown);
        assertEquals(1, r.err().lines().count(), shown);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), shown);
        CleanOutput.assertCleanText(r.err(), "stderr");
        assertTrue(r.err().contains(fragment), "names the fault (" + fragment + "): " + shown);
        assertEquals("", r.out(), "nothing on stdout: " + shown);
    }

    private static void assertReadWell(CliRunner.Result r) {
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        CleanOutput.assertCleanText(r.out(), "stdout");
        assertTrue(r.out().contains("Été à l’hôpital") || r.out().contains("Été à l'hôpital"), r.out());
        assertTrue(r.out().contains("œuvre de Noël"), r.out());
    }

    @Test
    void aClosedPortIsUnavailable() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        CliRunner.Result r = new CliRunner().run("--timeout", "2", "read", "http://127.0.0.1:" + closed + "/");
        assertFault(r, 69, "connexion impossible");
    }

    @Test
    void aConnectionResetMidBodyIsUnavailable() {
        assertFault(read("/coupure"), 69, "connexion perdue");
    }

    @Test
    void aBodyShorterThanItsContentLengthIsUnavailableNotATruncatedPage() {
        assertFault(read("/trop-long-annonce"), 69, "connexion perdue");
    }

    @Test
    void aBodyLongerThanItsContentLengthIsReadUpToTheAnnouncedLength() {
        CliRunner.Result r = read("/trop-court-annonce");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        CleanOutput.assertCleanText(r.out(), "stdout");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        long start = System.nanoTime();
        assertFault(read("/silence", "--timeout", "1"), 69, "délai dépassé");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "gave up near the 1 s timeout");
    }

    @Test
    void aOneBytePerSecondTrickleHitsTheOverallDeadline() {
        long start = System.nanoTime();
        assertFault(read("/goutte", "--timeout", "2"), 69, "délai dépassé");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "a whole-fetch deadline, not a per-read one");
    }

    @Test
    void redirectLoopsAndLongChainsAreUnavailable() {
        assertFault(read("/boucle"), 69, "trop de redirections");
        assertFault(read("/longue/0"), 69, "trop de redirections");
        assertReadWell(read("/courte/0"));
    }

    @Test
    void aRedirectWithoutLocationIsUnavailable() {
        assertFault(read("/sans-destination"), 69, "sans adresse de destination");
    }

    @Test
    void eachHttpErrorHasItsCode() {
        assertFault(read("/401"), 69, "HTTP 401");
        assertFault(read("/403"), 69, "HTTP 403");
        assertFault(read("/404"), 66, "HTTP 404");
        assertFault(read("/410"), 66, "HTTP 410");
        assertFault(read("/429"), 69, "120 s");
        assertFault(read("/500"), 69, "HTTP 500");
        assertFault(read("/503"), 69, "30 s");
    }

    @Test
    void theServerTextOfAnErrorNeverReachesTheTerminal() {
        CliRunner.Result r = read("/500");
        assertFalse(r.err().contains("pwned") || r.err().contains("Erreur interne"), r.err());
    }

    @Test
    void imagesJsonAndAPdfWithoutContentAreRejected() {
        assertFault(read("/image"), 65, "image/png");
        assertFault(read("/pdf"), 65, "PDF endommagé");
        assertFault(read("/json"), 65, "application/json");
    }

    @Test
    void aGzipBombIsStoppedAtTheCap() {
        assertFault(read("/bombe"), 65, "10 Mio");
    }

    @Test
    void theBytesWinOverAContradictingCharsetHeader() {
        assertReadWell(read("/entete-latin1"));
        assertReadWell(read("/entete-utf8"));
    }

    @Test
    void invalidUtf8IsReadWithoutLeakingBadBytes() {
        CliRunner.Result r = read("/utf8-invalide", "--lang", "fr");
        assertEquals(0, r.code(), r.err());
        CleanOutput.assertCleanText(r.out(), "stdout");
        assertTrue(r.out().contains("sur rendez-vous"), r.out());
        CliRunner.Result json = new CliRunner().run("read", "--format", "json", server.base() + "/utf8-invalide");
        CleanOutput.assertCleanJson(json.out(), "json");
    }

    @Test
    void aByteOrderMarkWinsOverTheMetaCharset() {
        assertReadWell(read("/bom-contre-meta"));
        assertReadWell(read("/bom-utf16"));
    }
}
