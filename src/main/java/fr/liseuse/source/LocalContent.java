package fr.liseuse.source;

import fr.liseuse.source.SourceException.Kind;
import fr.liseuse.text.ByteSize;
import java.io.IOException;
import java.io.InputStream;

/** Checks shared by files and standard input: size cap, empty, PDF, binary, and what kind of text it is. */
final class LocalContent {

    private final long maxBytes;

    LocalContent(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads at most the cap plus one byte, so a larger input is rejected without being read whole. */
    byte[] read(InputStream in, String shown) throws SourceException, IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) throw tooLarge(shown);
        return body;
    }

    SourceException tooLarge(String shown) {
        return new SourceException(Kind.REJECTED, "source.tooLarge", shown, new ByteSize(maxBytes));
    }

    /**
     * The content type of a local source: application/pdf for a PDF whatever its name, else
     * {@code declared} when the name says what it is ({@code .html}, {@code .txt}), else what the content
     * looks like: HTML, or plain text, whatever the name ({@code .md}, {@code .conf}, none). Only empty
     * and binary content is rejected.
     */
    static String check(byte[] body, String declared, String shown) throws SourceException {
        if (body.length == 0) throw new SourceException(Kind.REJECTED, "source.empty", shown);
        if (ContentSniffer.looksLikePdf(body)) return Fetched.PDF;
        if (ContentSniffer.looksBinary(body)) throw new SourceException(Kind.REJECTED, "source.binary", shown);
        if (declared != null) return declared;
        return ContentSniffer.looksLikeHtml(body) ? "text/html" : "text/plain";
    }
}
