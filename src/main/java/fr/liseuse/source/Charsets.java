package fr.liseuse.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched bytes to text. Order: byte-order mark; bytes that are valid UTF-8 are UTF-8 (even
 * against a header or meta tag that says otherwise: mislabelled pages are common, valid UTF-8 by
 * accident is not); the HTTP header charset; a {@code <meta>} charset in the first 4 KB; windows-1252
 * (not ISO-8859-1: {@code œ} and {@code €} exist only in windows-1252).
 */
public final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_WINDOW = 4096;
    /** Text with more than one NUL per this many characters is binary (UTF-16 read as bytes has one in two). */
    private static final int STRAY_NUL_RATIO = 100;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private Charsets() { }

    /**
     * The text of {@code f}; REJECTED when no candidate decodes it or when NUL characters are more than
     * stray ones (then the content is binary). Stray NULs become U+FFFD, as browsers show them.
     */
    public static String decode(Fetched f) throws SourceException {
        byte[] body = f.body();
        Decoded decoded = decodeBytes(body, f.declaredCharset())
                .orElseThrow(() -> new SourceException(SourceException.Kind.REJECTED, "source.undecodable",
                        Excerpt.of(f.source())));
        String text = decoded.text();
        int nuls = nuls(decoded, body);
        if (nuls == 0) return text;
        if (!strayNuls(nuls, text.length())) {
            throw new SourceException(SourceException.Kind.REJECTED, "source.binary", Excerpt.of(f.source()));
        }
        // A few stray NULs are debris of a server's templates or a bad copy: the page is still read.
        return text.replace('\u0000', '\uFFFD');
    }

    /** Whether NULS NUL characters among LENGTH are stray ones (the one place for that threshold). */
    static boolean strayNuls(int nuls, int length) {
        return (long) nuls * STRAY_NUL_RATIO <= length;
    }

    /**
     * The NUL characters of the decoded text. UTF-8 and windows-1252 write U+0000 as one 0x00 byte and
     * nothing else, so for them the bytes are counted: a plain loop the JIT compiles while it runs, where
     * {@code String.indexOf} over a long UTF-16 text stayed in the interpreter (about 75 ms of CPU on a
     * 1.4 MB page at start-up).
     */
    private static int nuls(Decoded decoded, byte[] body) {
        if (!decoded.charset().equals(StandardCharsets.UTF_8) && !decoded.charset().equals(WINDOWS_1252)) {
            String text = decoded.text();
            int n = 0;
            for (int i = text.indexOf('\u0000'); i >= 0; i = text.indexOf('\u0000', i + 1)) n++;
            return n;
        }
        int n = 0;
        for (byte b : body) if (b == 0) n++;
        return n;
    }

    /** Text and the charset it was decoded from. */
    private record Decoded(String text, Charset charset) { }

    private static Optional<Decoded> decodeBytes(byte[] body, String declared) {
        Optional<Charset> bom = bomCharset(body);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return Optional.of(new Decoded(new String(body, skip, body.length - skip, bom.get()), bom.get()));
        }
        for (Charset candidate : candidates(body, declared)) {
            Optional<String> text = strictDecode(body, 0, candidate);
            if (text.isPresent()) return Optional.of(new Decoded(text.get(), candidate));
        }
        return Optional.empty();
    }

    private static List<Charset> candidates(byte[] body, String declared) {
        List<Charset> list = new ArrayList<>();
        list.add(StandardCharsets.UTF_8);
        lookup(declared).ifPresent(list::add);
        metaCharset(body).flatMap(Charsets::lookup).ifPresent(list::add);
        list.add(WINDOWS_1252);
        return list;
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xfe && b[1] == (byte) 0xff) || (b[0] == (byte) 0xff && b[1] == (byte) 0xfe));
    }

    private static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xef && b[1] == (byte) 0xbb && b[2] == (byte) 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && b[0] == (byte) 0xfe && b[1] == (byte) 0xff) return Optional.of(StandardCharsets.UTF_16BE);
        if (b.length >= 2 && b[0] == (byte) 0xff && b[1] == (byte) 0xfe) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    static Optional<String> metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A charset the text may be in. UTF-16/32 labels on byte streams without a BOM are mistakes
     * (the HTML standard reads them as UTF-8), and ISO-8859-1/ASCII labels mean windows-1252 in practice.
     */
    private static Optional<Charset> lookup(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("utf-16") || n.startsWith("utf-32")) return Optional.of(StandardCharsets.UTF_8);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictDecode(byte[] body, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
