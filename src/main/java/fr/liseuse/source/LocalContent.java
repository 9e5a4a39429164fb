package fr.liseuse.source;

import fr.liseuse.source.SourceException.Kind;
import fr.liseuse.text.ByteSize;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Checks shared by files and standard input: size cap, empty, PDF, binary, and what kind of text it is. */
final class LocalContent {

    /** Bytes asked of the stream at a time. */
    private static final int CHUNK = 64 * 1024;
    /** The first array for a stream of unknown length (standard input); it doubles as needed. */
    private static final int FIRST_SIZE = 64 * 1024;

    private final long maxBytes;

    LocalContent(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads at most the cap plus one byte, so a larger input is rejected without being read whole. */
    byte[] read(InputStream in, String shown) throws SourceException, IOException {
        return read(in, FIRST_SIZE, shown);
    }

    /**
     * As {@link #read(InputStream, String)}, into an array of {@code expected} bytes first (a file's
     * size), so a file that keeps its size is read without a copy. Read a chunk at a time: the JDK's
     * stream over a file reads a large array through a native buffer as large as it, which would
     * double the memory a large page takes while it is read.
     */
    byte[] read(InputStream in, long expected, String shown) throws SourceException, IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        byte[] body = new byte[(int) Math.max(1, Math.min(limit, expected))];
        int n = 0;
        while (true) {
            if (n == body.length) {
                if (n == limit) break;
                int next = in.read();
                if (next < 0) break;
                body = Arrays.copyOf(body, (int) Math.min(limit, 2L * n));
                body[n++] = (byte) next;
            }
            int read = in.read(body, n, Math.min(CHUNK, body.length - n));
            if (read < 0) break;
            n += read;
        }
        if (n > maxBytes) throw tooLarge(shown);
        return n == body.length ? body : Arrays.copyOf(body, n);
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
