package fr.liseuse.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * between the two so that a change of machine load hits both alike. For each, the median round is
 * reported in CPU time of the timing thread (what one core spends on it, garbage collection aside)
 * and in wall time (which on a shared machine also counts waiting for a core).
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
        double[][] cpu = new double[runs.size()][rounds];
        double[][] wall = new double[runs.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < runs.size(); k++) {
                double[] t = pass(pages, runs.get(k));
                cpu[k][r] = t[0] / pages.size();
                wall[k][r] = t[1] / pages.size();
            }
        }
        System.out.printf(Locale.ROOT, "pages %d, %d timed rounds each, median round, one thread%n", pages.size(), rounds);
        String[] names = {"liseuse article (parse, metadata, main content)",
            "liseuse page (also menu, search results, contacts)", "readability4j 1.0.8 (parse, metadata, main content)"};
        double peerCpu = median(cpu[2]);
        double peerWall = median(wall[2]);
        for (int k = 0; k < runs.size(); k++) {
            double c = median(cpu[k]);
            double w = median(wall[k]);
            System.out.printf(Locale.ROOT, "%-52s cpu %6.2f ms/page %6.1f pages/s %5.2fx | wall %6.2f ms/page %5.2fx%n",
                    names[k], c, 1000 / c, c / peerCpu, w, w / peerWall);
        }
    }

    /** CPU and wall milliseconds to run f over every page; the lengths are summed so that no work is skipped. */
    private static double[] pass(List<String> pages, ToIntFunction<String> f) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (String html : pages) sink += f.applyAsInt(html);
        double[] ms = {(threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6};
        if (sink < 0) System.out.println(sink);
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
