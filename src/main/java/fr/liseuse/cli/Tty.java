package fr.liseuse.cli;

import java.io.Console;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Facts about the terminal the process runs in: whether stdout is one, its width, TERM=dumb. */
final class Tty {

    private Tty() { }

    /** True when standard output is a terminal (exact on Linux; System.console() elsewhere). */
    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    /**
     * True when standard error is a terminal (exact on Linux, where {@code /proc/self/fd/2} names it;
     * elsewhere System.console(), which tells about standard input and output only).
     */
    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** True when standard input is a terminal (exact on Linux; System.console() elsewhere). */
    static boolean stdinIsTerminal() {
        return isTerminal(0);
    }

    private static boolean isTerminal(int descriptor) {
        Path fd = Path.of("/proc/self/fd/" + descriptor);
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    /**
     * The controlling terminal opened for reading ({@code /dev/tty}), where keys come from when
     * standard input brings a page; empty when the process has none.
     */
    static Optional<InputStream> openControlling() {
        try {
            return Optional.of(new FileInputStream("/dev/tty"));
        } catch (IOException | SecurityException none) {
            return Optional.empty();
        }
    }

    /** True when both standard input and output are terminals. */
    static boolean interactive() {
        Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static boolean dumb(Map<String, String> env) {
        String term = env.get("TERM");
        return term == null || term.isEmpty() || term.equals("dumb");
    }

    /** Columns of the controlling terminal: $COLUMNS, else {@code stty size}, else 80. */
    static int width(Map<String, String> env) {
        OptionalInt columns = columnsVariable(env);
        return columns.isPresent() ? columns.getAsInt() : columnsOf(new File("/dev/tty")).orElse(80);
    }

    /**
     * Columns of the terminal standard output goes to, as it is now (line mode asks again before each
     * command, so a resize is followed): {@code stty size} on that terminal, else on the controlling
     * one, else $COLUMNS, else 80. The terminal comes first because $COLUMNS, which shells do not
     * export, is at best the width when it was set, never after a resize.
     */
    static int outputWidth(Map<String, String> env) {
        OptionalInt columns = OptionalInt.empty();
        try {
            columns = columnsOf(Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toFile());
        } catch (IOException | UnsupportedOperationException noLink) {
            // not Linux, or no standard output: the controlling terminal below
        }
        if (columns.isEmpty()) columns = columnsOf(new File("/dev/tty"));
        if (columns.isPresent()) return columns.getAsInt();
        return columnsVariable(env).orElse(80);
    }

    private static OptionalInt columnsVariable(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return OptionalInt.of(Integer.parseInt(columns));
        }
        return OptionalInt.empty();
    }

    /** The columns {@code stty size} reads from the terminal TTY, without writing to it; empty when it cannot. */
    private static OptionalInt columnsOf(File tty) {
        if (!tty.exists() || !tty.getPath().startsWith("/dev/")) return OptionalInt.empty();
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor(2, TimeUnit.SECONDS) && out.matches("\\d+ \\d+")) {
                int w = Integer.parseInt(out.substring(out.indexOf(' ') + 1));
                if (w > 0) return OptionalInt.of(w);
            }
        } catch (IOException e) {
            // no usable terminal
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalInt.empty();
    }
}
