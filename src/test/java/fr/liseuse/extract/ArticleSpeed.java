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
        ToIntFunction<String> liseuse = html -> extractor.extract(html, BASE, BASE).text().length();
        ToIntFunction<String> peer = html -> {
            String text = new Readability4J(BASE, html).parse().getTextContent();
            return text == null ? 0 : text.length();
        };
        // warm-up: enough passes for the JIT to compile both
        for (int i = 0; i < 3; i++) {
            pass(pages, liseuse);
            pass(pages, peer);
        }
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ours[r] = pass(pages, liseuse) / pages.size();
            theirs[r] = pass(pages, peer) / pages.size();
        }
        double a = median(ours);
        double b = median(theirs);
        System.out.printf(Locale.ROOT, "pages %d, %d timed rounds each, median round, one thread%n", pages.size(), rounds);
        System.out.printf(Locale.ROOT, "liseuse       %7.2f ms/page  %6.1f pages/s%n", a, 1000 / a);
        System.out.printf(Locale.ROOT, "readability4j %7.2f ms/page  %6.1f pages/s%n", b, 1000 / b);
        System.out.printf(Locale.ROOT, "liseuse / readability4j time per page: %.2f%n", a / b);
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
