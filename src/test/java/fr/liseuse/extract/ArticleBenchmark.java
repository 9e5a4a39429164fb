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
 * Development aid: runs the extraction of {@code read} (pages decoded by {@link Charsets}, then
 * {@link Extractor}) over every page of benchmark folders in one JVM, without building the jar, and
 * writes {@code OUT/<set>/<id>.txt} (the page's text), then prints the mean time per page of a
 * second pass. Usage: {@code ArticleBenchmark OUT BENCH_DIR...} (each BENCH_DIR holds pages/).
 * bench/extraction.sh gives the figures of record; bench/speed.sh the timings.
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
        return new Extractor().extract(html, "", "").text();
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
