package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of {@code read} with several sources, in the real process: standard error a pipe
 * gets nothing extra and standard output stays what it always was; standard error a terminal
 * ({@code script} gives it one, standard output going to a file) gets a line rewritten in place and
 * erased at the end, also in discreet mode; {@code --quiet} silences it.
 */
class ProgressProcessTest {

    private static final String ERASE = "\r\033[K";
    private static final String ERROR =
            "liseuse: demo:/nulle-part : page inexistante sur le site de démonstration (l’accueil est demo:/)";
    private static final String[] SOURCES = {"demo:/", "demo:/sortir/parcs", "demo:/nulle-part", "demo:/"};

    @TempDir
    Path home;

    private List<String> command(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("env", "LANG=fr_FR.UTF-8", "LISEUSE_HOME=" + home,
                java, "-cp", System.getProperty("java.class.path"), "fr.liseuse.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static String[] read(String... options) {
        return Stream.concat(Stream.of(options), Stream.concat(Stream.of("read"), Stream.of(SOURCES))).toArray(String[]::new);
    }

    /** What a terminal on standard error receives, standard output going to OUT. */
    private String onTerminal(Path out, String... args) throws IOException, InterruptedException {
        String line = command(args).stream().map(ProgressProcessTest::quoted).collect(Collectors.joining(" "))
                + " > " + quoted(out.toString());
        Process p = new ProcessBuilder("script", "-q", "-e", "-c", line, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String seen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(66, p.exitValue(), "the missing page's exit code: " + seen);
        return seen;
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean scriptAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    @Test
    void aPipeGetsNoProgressAndStandardOutputIsUnchanged() throws Exception {
        Process p = new ProcessBuilder(command(read())).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ERROR + "\n",
                err, "the error line only");
        CliRunner.Result before = new CliRunner().env("LISEUSE_HOME", home.toString()).run(read());
        assertEquals(before.out(), new String(out, StandardCharsets.UTF_8), "what read printed without any progress");
    }

    @Test
    void aTerminalSeesTheLineInPlaceWithErrorsWholeAndErasedAtTheEnd() throws Exception {
        assumeTrue(scriptAvailable(), "script (util-linux) is needed");
        Path out = home.resolve("out.txt");
        String seen = onTerminal(out, read());
        // from the second source on (drawn at most ten times a second: which ones depends on the machine's speed)
        assertTrue(Pattern.compile(Pattern.quote(ERASE) + "Lecture [234]/4, \\d+,\\d pages/s : demo:/").matcher(seen).find(), seen);
        assertTrue(seen.contains(ERASE + ERROR + "\r\n"), "the error erases it first: " + seen);
        assertTrue(seen.endsWith(ERASE), "the last source drawn after the error line erased it, erased at the end: " + seen);
        assertEquals(new CliRunner().env("LISEUSE_HOME", home.toString()).run(read()).out(), Files.readString(out),
                "standard output gets none of it");

        assertTrue(Pattern.compile(Pattern.quote(ERASE) + "Lecture [234]/4, ").matcher(onTerminal(out, read("--discreet"))).find(),
                "discreet mode writes no file but still shows it");
    }

    @Test
    void quietSilencesIt() throws Exception {
        assumeTrue(scriptAvailable(), "script (util-linux) is needed");
        String seen = onTerminal(home.resolve("out.txt"), read("--quiet"));
        assertEquals(ERROR + "\r\n",
                seen, "only the error line (the terminal adds its carriage return)");
        assertEquals(seen, onTerminal(home.resolve("out.txt"), read("-q")));
    }
}
