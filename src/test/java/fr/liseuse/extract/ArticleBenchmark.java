package fr.liseuse.extract;

import fr.liseuse.source.Charsets;
import fr.liseuse.source.Fetched;
import fr.liseuse.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Runs MetadataReader + ArticleExtractor over every page of benchmark folders in one JVM and writes
 * {@code OUT/<set>/<id>.txt} (body text, title excluded), then prints the mean time per page of a
 * second, warm pass. Usage: {@code ArticleBenchmark OUT BENCH_DIR...} (each BENCH_DIR holds pages/).
 */
public final class ArticleBenchmark {

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
        fr.liseuse.model.Page page = new Extractor().extract(html, "", "");
        if (System.getProperty("noimg") == null) return page.text();
        StringBuilder out = new StringBuilder();
        for (fr.liseuse.model.Block b : page.blocks()) {
            if (b instanceof fr.liseuse.model.Block.Image) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(b.plainText());
        }
        return out.toString();
    }

    static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    /** As the product reads a page: through {@link Charsets#decode}. */
    static String decode(byte[] bytes) {
        try {
            return Charsets.decode(new Fetched("benchmark", "", bytes, "text/html", null));
        } catch (SourceException e) {
            return "";
        }
    }
}
