package fr.liseuse.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Speed of liseuse's extraction beside readability4j's, in one JVM on one thread, over the pages of
 * benchmark folders (decoded once beforehand, as both libraries take a string). Rounds alternate
 * between the two so that a change of machine load hits both alike; the median round is reported.
 * Usage: {@code ArticleSpeed ROUNDS BENCH_DIR...}; bench/speed.sh runs it.
 */
public final class ArticleSpeed {

    private static final String BASE = "https://example.org/article";

    private ArticleSpeed() { }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[0]);
        List<String> pages = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> files = Files.list(Path.of(args[i], "pages"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                    pages.add(ArticleBenchmark.decode(ArticleBenchmark.gunzip(p)));
                }
            }
        }
        Extractor extractor = new Extractor();
        ToIntFunction<String> page = html -> extractor.extract(html, BASE, BASE).text().length();
        MetadataReader metadata = new MetadataReader();
        ArticleExtractor articles = new ArticleExtractor();
        ToIntFunction<String> article = html -> {
            Document doc = Jsoup.parse(html, BASE);
            return articles.extract(doc, BASE, metadata.read(doc, BASE).title()).blocks().size();
        };
        ToIntFunction<String> peer = html -> {
            String text = new Readability4J(BASE, html).parse().getTextContent();
            return text == null ? 0 : text.length();
        };
        // warm-up: enough passes for the JIT to compile both
        List<ToIntFunction<String>> runs = List.of(article, page, peer);
        for (int i = 0; i < 3; i++) {
            for (ToIntFunction<String> f : runs) pass(pages, f);
        }
        double[][] times = new double[runs.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < runs.size(); k++) times[k][r] = pass(pages, runs.get(k)) / pages.size();
        }
        double ours = median(times[0]);
        double whole = median(times[1]);
        double theirs = median(times[2]);
        System.out.printf(Locale.ROOT, "pages %d, %d timed rounds each, median round, one thread%n", pages.size(), rounds);
        line("liseuse article (parse, metadata, main content)", ours, theirs);
        line("liseuse page (also menu, search results, contacts)", whole, theirs);
        line("readability4j 1.0.8 (parse, metadata, main content)", theirs, theirs);
    }

    private static void line(String what, double ms, double peer) {
        System.out.printf(Locale.ROOT, "%-52s %6.2f ms/page %6.1f pages/s %5.2fx readability4j%n", what, ms, 1000 / ms,
                ms / peer);
    }

    /** Milliseconds to run f over every page; the lengths are summed so that no work is skipped. */
    private static double pass(List<String> pages, ToIntFunction<String> f) {
        long sink = 0;
        long start = System.nanoTime();
        for (String html : pages) sink += f.applyAsInt(html);
        double ms = (System.nanoTime() - start) / 1e6;
        if (sink < 0) System.out.println(sink);
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
