package fr.liseuse.extract;

import fr.liseuse.model.Block;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs MetadataReader + ArticleExtractor over every page of benchmark folders in one JVM and writes
 * {@code OUT/<set>/<id>.txt} (body text, title excluded), then prints the mean time per page of a
 * second, warm pass. Usage: {@code ArticleBenchmark OUT BENCH_DIR...} (each BENCH_DIR holds pages/).
 */
public final class ArticleBenchmark {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");

    private ArticleBenchmark() { }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<Path> pages = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path set = Path.of(args[i]);
            Path target = out.resolve(set.getFileName().toString());
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(set.resolve("pages"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                    pages.add(p);
                    targets.add(target);
                }
            }
        }
        List<String> html = new ArrayList<>();
        for (Path p : pages) html.add(decode(gunzip(p)));
        for (int i = 0; i < pages.size(); i++) {
            String id = pages.get(i).getFileName().toString().replace(".html.gz", "");
            Files.writeString(targets.get(i).resolve(id + ".txt"), text(html.get(i)), StandardCharsets.UTF_8);
        }
        long start = System.nanoTime();
        for (String h : html) text(h);
        double ms = (System.nanoTime() - start) / 1e6 / Math.max(1, html.size());
        System.out.printf(Locale.ROOT, "pages %d, warm mean %.2f ms/page (parse + metadata + extraction)%n",
                html.size(), ms);
    }

    private static String text(String html) {
        Document doc = Jsoup.parse(html, "");
        Metadata meta = new MetadataReader().read(doc, "");
        Article article = new ArticleExtractor().extract(doc, "", meta.title());
        StringBuilder out = new StringBuilder();
        for (Block b : article.blocks()) {
            String t = b.plainText();
            if (t == null || t.isBlank()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(t);
        }
        return out.toString();
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    /** As a browser would: BOM, else valid UTF-8, else the meta charset, else windows-1252. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                try {
                    Charset cs = Charset.forName(m.group(1));
                    if (!cs.equals(StandardCharsets.UTF_8)) return new String(bytes, cs);
                } catch (RuntimeException unknown) {
                    // fall through to windows-1252
                }
            }
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
