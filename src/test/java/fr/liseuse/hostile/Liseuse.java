package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * liseuse as a real process, as a shell starts it: its own JVM with the default heap and stack,
 * no terminal, a clean environment plus what the test sets. A run that outlives its limit is killed
 * and fails the test.
 */
final class Liseuse {

    record Result(int code, String out, String err) {

        /** CONTRACT §5: exactly one line on stderr, starting with {@code liseuse: }, no trace. */
        Result assertOneErrorLine(int expectedCode) {
            assertEquals(expectedCode, code, this::toString);
            assertTrue(err.startsWith("liseuse: "), this::toString);
            assertEquals(1, err.lines().count(), this::toString);
            assertFalse(err.contains("Exception") || err.contains("Error:") || err.contains("\tat "), this::toString);
            CleanOutput.assertCleanText(err, "stderr");
            return this;
        }

        @Override
        public String toString() {
            return "exit " + code + ", stderr: " + CleanOutput.visible(err) + ", stdout: "
                    + CleanOutput.visible(out.length() > 300 ? out.substring(0, 300) : out);
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Path stdin;
    private Duration limit = Duration.ofSeconds(120);

    Liseuse env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Liseuse jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    Liseuse stdin(Path file) {
        stdin = file;
        return this;
    }

    Liseuse limit(Duration value) {
        limit = value;
        return this;
    }

    ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "fr.liseuse.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("LANG", "fr_FR.UTF-8");
        pb.environment().put("LISEUSE_HOME", Path.of("target", "test-home").toAbsolutePath().toString());
        pb.environment().putAll(env);
        if (stdin != null) pb.redirectInput(stdin.toFile());
        else pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        return pb;
    }

    Result run(String... args) {
        try {
            Process p = builder(args).start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("liseuse " + String.join(" ", args) + " still running after " + limit);
            }
            byte[] outBytes = out.join();
            byte[] errBytes = err.join();
            CleanOutput.assertUtf8(outBytes, "stdout");
            CleanOutput.assertUtf8(errBytes, "stderr");
            return new Result(p.exitValue(), new String(outBytes, StandardCharsets.UTF_8),
                    new String(errBytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (kept.size() < 4 << 20) kept.write(buffer, 0, n);
                }
                return kept.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
