package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package layering of DESIGN.md true: imports only point down the list. */
class ArchitectureTest {

    private static final List<String> LAYERS = List.of(
            "model", "text", "config", "source", "extract.pdf", "extract", "store", "render", "app", "ui", "ui.tui", "ui.line", "cli");

    /** Libraries confined to one package. */
    private static final Map<String, String> CONFINED = Map.of(
            "org.jsoup.nodes", "extract", "org.jsoup.select", "extract",
            "com.googlecode.lanterna", "ui.tui", "picocli", "cli",
            "org.apache.pdfbox", "extract.pdf", "org.apache.fontbox", "extract.pdf");

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void importsOnlyPointDownTheLayers() throws IOException {
        List<String> wrong = new ArrayList<>();
        Path root = Path.of("src/main/java/fr/liseuse");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
                if (pkg.isEmpty()) continue;
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    check(pkg, imported).ifPresent(reason -> wrong.add(file.getFileName() + ": " + reason));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static java.util.Optional<String> check(String pkg, String imported) {
        for (Map.Entry<String, String> lib : CONFINED.entrySet()) {
            if (imported.startsWith(lib.getKey() + ".") && !pkg.equals(lib.getValue())) {
                return java.util.Optional.of(imported + " outside " + lib.getValue());
            }
        }
        if (!imported.startsWith("fr.liseuse.")) return java.util.Optional.empty();
        String target = layerOf(imported.substring("fr.liseuse.".length()));
        if (target == null || target.equals(pkg)) return java.util.Optional.empty();
        int from = LAYERS.indexOf(pkg);
        int to = LAYERS.indexOf(target);
        return to > from ? java.util.Optional.of(pkg + " imports " + imported) : java.util.Optional.empty();
    }

    private static String layerOf(String qualified) {
        String best = null;
        for (String layer : LAYERS) {
            if (qualified.startsWith(layer + ".") && (best == null || layer.length() > best.length())) best = layer;
        }
        return best;
    }
}
