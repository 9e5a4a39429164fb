package fr.liseuse.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;

/**
 * Writes readability4j 1.0.8's text for every page of a benchmark folder to {@code OUT/<id>.txt}, decoded
 * exactly as liseuse's own benchmark harness decodes them, so {@code bench/extraction.sh} can score the
 * peer in the same run as liseuse. Usage: {@code PeerQuality BENCHMARK_FOLDER OUT}.
 */
public final class PeerQuality {

    private PeerQuality() { }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of(args[0], "pages"))) {
            pages = files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        }
        for (Path page : pages) {
            String id = page.getFileName().toString().replace(".html.gz", "");
            String html = ArticleBenchmark.decode(ArticleBenchmark.gunzip(page));
            String text;
            try {
                text = new Readability4J("https://example.org/", html).parse().getTextContent();
            } catch (RuntimeException failure) {
                text = "";
            }
            Files.writeString(out.resolve(id + ".txt"), text == null ? "" : text, StandardCharsets.UTF_8);
        }
    }
}
