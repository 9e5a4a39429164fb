package fr.liseuse.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Guesses from the first bytes whether content is binary, and whether text looks like HTML. */
final class ContentSniffer {

    private static final int WINDOW = 8192;
    private static final List<String> HTML_MARKERS = List.of(
            "<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<article", "<main", "<div",
            "<p>", "<p ", "<h1", "<h2", "<h3", "<table", "<ul", "<section", "<header", "<nav");
    /** Readers accept up to this much leading junk before a PDF's header, and so does liseuse. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};
    private static final List<byte[]> BINARY_MAGIC = List.of(
            new byte[] {'%', 'P', 'D', 'F'},
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {'G', 'I', 'F', '8'},
            new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
            new byte[] {'P', 'K', 3, 4},
            new byte[] {0x1f, (byte) 0x8b},
            new byte[] {0x7f, 'E', 'L', 'F'});

    private ContentSniffer() { }

    /**
     * True when the PDF header {@code %PDF-} starts a line within the first kilobyte (what a server or a
     * mail program sometimes puts before it is skipped; a sentence quoting the header is not a PDF).
     */
    static boolean looksLikePdf(byte[] body) {
        int last = Math.min(body.length - PDF_HEADER.length, PDF_HEADER_WINDOW - PDF_HEADER.length);
        for (int at = 0; at <= last; at++) {
            boolean lineStart = at == 0 || body[at - 1] == '\n' || body[at - 1] == '\r';
            if (lineStart && matchesAt(body, PDF_HEADER, at)) return true;
        }
        return false;
    }

    /**
     * True for content that is not text: a known binary signature, NUL bytes (unless they are stray
     * ones in a page that looks like HTML, which browsers read), or many control bytes near the start.
     * UTF-16 with a byte-order mark is text.
     */
    static boolean looksBinary(byte[] body) {
        if (Charsets.hasUtf16Bom(body)) return false;
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(body, magic)) return true;
        }
        int n = Math.min(body.length, WINDOW);
        int controls = 0;
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b == 0) nuls++;
            else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
        }
        if (nuls > 0 && !(Charsets.strayNuls(nuls, n) && looksLikeHtml(body))) return true;
        return n > 0 && controls * 10 > n;
    }

    /** True when the text starts with markup and names an HTML element early on. */
    static boolean looksLikeHtml(byte[] body) {
        int n = Math.min(body.length, WINDOW);
        String head = new String(body, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3); // UTF-8 BOM read as latin-1
        head = head.stripLeading();
        if (!head.startsWith("<")) return false;
        for (String marker : HTML_MARKERS) {
            if (head.contains(marker)) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return matchesAt(body, prefix, 0);
    }

    private static boolean matchesAt(byte[] body, byte[] part, int at) {
        if (body.length - at < part.length) return false;
        for (int i = 0; i < part.length; i++) {
            if (body[at + i] != part[i]) return false;
        }
        return true;
    }
}
