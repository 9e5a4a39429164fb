package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.extract.pdf.PdfSamples;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs in the real process: PDFBox is loaded only when a PDF is read (an HTML read costs nothing
 * more), its warnings never reach the terminal, and it writes nothing (no font cache in the home).
 */
class PdfProcessTest {

    @TempDir
    Path dir;

    /** Runs liseuse with the jar's libraries only (the test classpath's logging bindings left out). */
    private String run(Path home, Path classLog, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load:file=" + classLog, "-cp", classpath,
                "fr.liseuse.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("XDG_") || k.equals("JAVA_TOOL_OPTIONS"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("LISEUSE_HOME", home.resolve("liseuse").toString());
        pb.environment().put("LANG", "fr_FR.UTF-8");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return err;
    }

    private static long pdfBoxClasses(Path classLog) throws Exception {
        try (Stream<String> lines = Files.lines(classLog)) {
            return lines.filter(l -> l.contains(" org.apache.pdfbox.") || l.contains(" org.apache.fontbox.")).count();
        }
    }

    @Test
    void anHtmlReadLoadsNoPdfBoxClassAndAPdfReadLoadsThem() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path htmlLog = dir.resolve("html.log");
        assertEquals("", run(home, htmlLog, "--discreet", "read", CliRunner.fixture("collecte.html")));
        assertEquals(0, pdfBoxClasses(htmlLog));
        Path pdfLog = dir.resolve("pdf.log");
        Path leaflet = Files.write(dir.resolve("depliant.pdf"), PdfSamples.frenchLeaflet());
        assertEquals("", run(home, pdfLog, "--discreet", "read", leaflet.toString()));
        assertTrue(pdfBoxClasses(pdfLog) > 50, "the control: a PDF read does load PDFBox");
    }

    @Test
    void aDiscreetPdfReadWritesNothingAndADamagedPdfGivesOneLine() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path damaged = Files.write(dir.resolve("abime.pdf"), PdfSamples.truncated(0.8));
        String err = run(home, dir.resolve("classes.log"), "--discreet", "read", damaged.toString());
        assertEquals(List.of("liseuse: " + damaged + " : PDF endommagé ou illisible, non lu"), err.lines().toList());
        Path leaflet = Files.write(dir.resolve("depliant.pdf"), PdfSamples.englishLeaflet());
        assertEquals("", run(home, dir.resolve("classes.log"), "--discreet", "read", leaflet.toString()));
        try (Stream<Path> left = Files.walk(home)) {
            assertEquals(List.of(home), left.toList(), "nothing written in the home folder");
        }
    }
}
