package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the launcher and of the built jar in a folder of a test, with a LISEUSE_HOME of its own
 * there: the test may alter the jar, and the launcher never has a build to do (no sources beside it).
 */
final class LauncherCopy {

    record Run(int code, String out, String err) { }

    final Path folder;
    final Path launcher;
    final Path jar;
    final Path home;

    LauncherCopy(Path folder) throws IOException {
        Path built = Path.of("target/liseuse.jar");
        assertTrue(Files.isRegularFile(built), "the jar is built before the launcher is tried (mvn package)");
        this.folder = folder;
        Files.createDirectories(folder.resolve("target"));
        launcher = Files.copy(Path.of("liseuse"), folder.resolve("liseuse"));
        jar = Files.copy(built, folder.resolve("target/liseuse.jar"));
        home = folder.resolve("home");
    }

    /** The command line running the launcher with ARGS. */
    List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** A process builder for COMMAND with this copy's LISEUSE_HOME, ENV added, and no discreet variable unless ENV sets it. */
    ProcessBuilder process(Map<String, String> env, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
        pb.environment().remove("LISEUSE_DISCREET");
        pb.environment().put("LISEUSE_HOME", home.toString());
        pb.environment().putAll(env);
        return pb;
    }

    Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    Run run(Map<String, String> env, String... args) throws Exception {
        return run(env, "", command(args));
    }

    /** Runs COMMAND with STDIN as its input, waiting up to two minutes. */
    Run run(Map<String, String> env, String stdin, List<String> command) throws Exception {
        Path in = Files.writeString(Files.createTempFile(folder, "in", ".txt"), stdin);
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process p = process(env, command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
