package fr.liseuse.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched bytes to text. Order: byte-order mark; bytes that are valid UTF-8 are UTF-8 (even
 * against a header or meta tag that says otherwise: mislabelled pages are common, valid UTF-8 by
 * accident is not); bytes declared UTF-8 (by the HTTP header, else by a {@code <meta>} charset in the
 * first 4 KB) that write more letters in UTF-8 than they hold stray bytes are UTF-8 too, each malformed
 * byte read as U+FFFD, as browsers read them; the header charset; the meta charset; windows-1252 (not
 * ISO-8859-1: {@code œ} and {@code €} exist only in windows-1252). A page labelled UTF-8 but written
 * wholly in windows-1252 thus still reads right, where a browser would replace each accented letter.
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
     * The text of {@code f}, whole; REJECTED when no candidate decodes it or when NUL characters are
     * more than stray ones (then the content is binary). Stray NULs become U+FFFD, as browsers show them.
     * For plain text, which is rewritten as a whole; pages are read through {@link #read}.
     */
    public static String decode(Fetched f) throws SourceException {
        return read(f, text -> {
            StringBuilder whole = new StringBuilder(f.body().length);
            char[] chunk = new char[8192];
            try (Reader in = text.get()) {
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) whole.append(chunk, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return whole.toString();
        });
    }

    /**
     * Gives {@code use} the text of {@code f} to read, decoded as it is read (no whole decoded copy
     * beside the bytes): {@code use} opens it with {@code text.get()}, reads it to its end, and may open
     * it again (each opening reads from the start). The candidate charsets are tried in order: bytes
     * the one being tried cannot decode stop that reading, and {@code use} runs again on the next one.
     * REJECTED when no candidate decodes the bytes, or when NUL characters are more than stray ones
     * (then the content is binary); stray NULs are read as U+FFFD, as browsers show them.
     */
    public static <T> T read(Fetched f, Function<Supplier<Reader>, T> use) throws SourceException {
        byte[] body = f.body();
        Optional<Charset> bom = bomCharset(body);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return attempt(f, use, skip, bom.get(), false).orElseThrow();
        }
        for (Charset candidate : candidates(body, f.declaredCharset())) {
            Optional<T> result = attempt(f, use, 0, candidate, true);
            if (result.isPresent()) return result.get();
            // bytes declared UTF-8 that are not all valid: weighed only then, so valid pages pay nothing
            if (candidate.equals(StandardCharsets.UTF_8) && declaresUtf8(body, f.declaredCharset())
                    && Utf8Evidence.mostlyUtf8(body)) {
                return attempt(f, use, 0, candidate, false).orElseThrow();
            }
        }
        throw new SourceException(SourceException.Kind.REJECTED, "source.undecodable", Excerpt.of(f.source()));
    }

    /** {@code use} run on the text as CHARSET reads it; empty when a strict reading met bytes it cannot decode. */
    private static <T> Optional<T> attempt(Fetched f, Function<Supplier<Reader>, T> use, int offset, Charset charset,
            boolean strict) throws SourceException {
        byte[] body = f.body();
        DecodingReader first = new DecodingReader(body, offset, charset, strict);
        boolean[] opened = {false};
        // Openings after the first (a part read again from the start) decode what the first already read whole.
        Supplier<Reader> text = () -> {
            if (opened[0]) return new DecodingReader(body, offset, charset, false);
            opened[0] = true;
            return first;
        };
        T result;
        try {
            result = use.apply(text);
        } catch (RuntimeException e) {
            if (first.failed()) return Optional.empty();
            throw e;
        }
        if (first.failed()) return Optional.empty();
        if (first.nuls() > 0 && !strayNuls(first.nuls(), first.characters())) {
            throw new SourceException(SourceException.Kind.REJECTED, "source.binary", Excerpt.of(f.source()));
        }
        return Optional.of(result);
    }

    /** Whether NULS NUL characters among LENGTH are stray ones (the one place for that threshold). */
    static boolean strayNuls(long nuls, long length) {
        return nuls * STRAY_NUL_RATIO <= length;
    }

    /** Whether the label a browser goes by, the header's charset or else the meta charset, names UTF-8. */
    private static boolean declaresUtf8(byte[] body, String header) {
        Optional<Charset> declared = lookup(header).or(() -> metaCharset(body).flatMap(Charsets::lookup));
        return declared.filter(StandardCharsets.UTF_8::equals).isPresent();
    }

    /** The charsets to try in order, each once (a page declared UTF-8 is not read twice as UTF-8). */
    private static List<Charset> candidates(byte[] body, String declared) {
        List<Charset> list = new ArrayList<>();
        list.add(StandardCharsets.UTF_8);
        lookup(declared).ifPresent(c -> addOnce(list, c));
        metaCharset(body).flatMap(Charsets::lookup).ifPresent(c -> addOnce(list, c));
        addOnce(list, WINDOWS_1252);
        return list;
    }

    private static void addOnce(List<Charset> list, Charset charset) {
        if (!list.contains(charset)) list.add(charset);
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
}
