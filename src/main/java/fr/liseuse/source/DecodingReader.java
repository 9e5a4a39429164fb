package fr.liseuse.source;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The text of bytes held in memory, decoded a few thousand characters at a time, so that no whole
 * decoded copy of a page sits beside its bytes. NUL characters come out as U+FFFD, as browsers show
 * them, and are counted with all characters, so the caller can tell stray ones from binary content.
 * A strict reader stops at the first byte its charset cannot decode ({@link #failed()}).
 */
final class DecodingReader extends Reader {

    /** Thrown by a strict reader at the first byte sequence its charset cannot decode. */
    static final class Undecodable extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
    }

    private static final int CHUNK = 8192;

    private final ByteBuffer in;
    private final CharsetDecoder decoder;
    private final CharBuffer out = CharBuffer.allocate(CHUNK).flip();
    private boolean ended;
    private boolean flushed;
    private boolean failed;
    private long characters;
    private long nuls;

    /** @param strict whether undecodable bytes stop the reading, or become U+FFFD */
    DecodingReader(byte[] body, int offset, Charset charset, boolean strict) {
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        this.in = ByteBuffer.wrap(body, offset, body.length - offset);
        this.decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws Undecodable {
        if (length == 0) return 0;
        if (!out.hasRemaining() && !fill()) return -1;
        int n = Math.min(length, out.remaining());
        out.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\u0000') {
                buffer[i] = '\uFFFD';
                nuls++;
            }
        }
        characters += n;
        return n;
    }

    /** Decodes the next chunk; false at the end of the text. */
    private boolean fill() throws Undecodable {
        if (failed) throw new Undecodable();
        while (!out.hasRemaining() && !flushed) {
            out.clear();
            if (!ended) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isError()) {
                    failed = true;
                    throw new Undecodable();
                }
                ended = result.isUnderflow();
            }
            if (ended) flushed = decoder.flush(out).isUnderflow();
            out.flip();
        }
        return out.hasRemaining();
    }

    /** Whether the reading stopped at bytes the charset cannot decode. */
    boolean failed() {
        return failed;
    }

    /** Characters read so far (UTF-16 units, as {@link String#length()} counts them). */
    long characters() {
        return characters;
    }

    /** NUL characters among them (each read as U+FFFD). */
    long nuls() {
        return nuls;
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }
}
