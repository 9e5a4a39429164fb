package fr.liseuse.ui.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One tmux session running the real launcher, for end-to-end tests: keys in, screen text and cursor
 * out, polled until a condition holds or a deadline passes. Each session has its own name on its
 * own tmux server socket ({@code -L}), so nothing else using tmux on the machine can disturb it,
 * and only that session is killed.
 */
public final class Tmux implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name = "liseuse-e2e-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet();
    private final String socket = name;

    /**
     * Starts {@code ./liseuse ARGS} in a COLUMNS × ROWS pane; when it ends the pane shows
     * {@code EXIT=<code>} then {@code stty -a} of the terminal it left behind.
     */
    Tmux(Path project, int columns, int rows, String... args) throws IOException {
        this(project, project.resolve("target/e2e-home"), columns, rows, args);
    }

    /** The same, with HOME as {@code LISEUSE_HOME} (its config, e.g. the user's contacts). */
    Tmux(Path project, Path home, int columns, int rows, String... args) throws IOException {
        this(project, columns, rows, Map.of("LISEUSE_HOME", home.toString()),
                Stream.concat(Stream.of("./liseuse"), Stream.of(args)).toList());
    }

    /** Runs {@code cat FILE | ./liseuse ARGS}: a page piped in while the pane stays the terminal. */
    static Tmux piped(Path project, int columns, int rows, Path file, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "f=$1; shift; cat \"$f\" | ./liseuse \"$@\"", "sh",
                file.toString()));
        command.addAll(List.of(args));
        return new Tmux(project, columns, rows, Map.of("LISEUSE_HOME", project.resolve("target/e2e-home").toString()), command);
    }

    /**
     * Starts COMMAND in FOLDER, in a COLUMNS × ROWS pane of a French xterm with ENV added; when it ends
     * the pane shows {@code EXIT=<code>} then {@code stty -a} of the terminal it left behind.
     */
    public Tmux(Path folder, int columns, int rows, Map<String, String> env, List<String> command) throws IOException {
        List<String> session = new ArrayList<>(List.of("new-session", "-d", "-s", name,
                "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-c", folder.toString(),
                "env", "TERM=xterm-256color", "LANG=fr_FR.UTF-8"));
        env.forEach((key, value) -> session.add(key + "=" + value));
        session.addAll(List.of("sh", "-c", "\"$@\"; echo EXIT=$?; stty -a; exec sleep 600", "sh"));
        session.addAll(command);
        String out = tmux(session);
        if (!out.isBlank()) throw new IOException("tmux new-session: " + out.strip());
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void send(String... keys) throws IOException {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", name));
        command.addAll(List.of(keys));
        tmux(command);
    }

    String screen() throws IOException {
        return tmux(List.of("capture-pane", "-p", "-t", name));
    }

    /** The pane and its whole scrollback. */
    public String history() throws IOException {
        return tmux(List.of("capture-pane", "-p", "-S", "-", "-t", name));
    }

    /** The same, with every row the terminal folded (a line wider than the pane) joined to the next. */
    public String historyUnfolded() throws IOException {
        return tmux(List.of("capture-pane", "-p", "-J", "-S", "-", "-t", name));
    }

    /** Resizes the pane, as a user resizes the terminal window. */
    public void resize(int columns, int rows) throws IOException {
        tmux(List.of("resize-window", "-t", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows)));
    }

    /** Column and row of the hardware cursor, e.g. {@code 2,1}. */
    String cursor() throws IOException {
        return tmux(List.of("display-message", "-p", "-t", name, "#{cursor_x},#{cursor_y}")).strip();
    }

    /** Waits until the screen contains TEXT; fails with the screen when it does not in time. */
    public String waitFor(String text) throws IOException, InterruptedException {
        return waitUntil(s -> s.contains(text), "\"" + text + "\"");
    }

    String waitUntil(Predicate<String> condition, String what) throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what + ":\n" + screen);
            Thread.sleep(25);
            screen = screen();
        }
        return screen;
    }

    /** Waits until screen and cursor stay the same for a moment (text can be drawn before the cursor moves). */
    void waitStable() throws IOException, InterruptedException {
        String before = screen() + cursor();
        long quietSince = System.nanoTime();
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() - quietSince < Duration.ofMillis(200).toNanos() && System.nanoTime() < end) {
            Thread.sleep(25);
            String now = screen() + cursor();
            if (!now.equals(before)) {
                before = now;
                quietSince = System.nanoTime();
            }
        }
    }

    @Override
    public void close() throws IOException {
        String socketPath = tmux(List.of("display-message", "-p", "-t", name, "#{socket_path}")).strip();
        tmux(List.of("kill-session", "-t", name));
        // the server ends with its last session but leaves its socket file behind
        if (socketPath.endsWith("/" + socket)) java.nio.file.Files.deleteIfExists(Path.of(socketPath));
    }

    private String tmux(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
