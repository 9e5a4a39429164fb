package fr.liseuse.ui.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.Charset;
import sun.misc.Signal;

/**
 * Lanterna's terminal on a Unix tty, taken and given back at less cost before the first frame.
 * Lanterna starts {@code stty} five times to take the terminal (save its settings, then no line
 * editing, a byte at a time, no echo, Ctrl-C as a key) and twice to give it back, each a process
 * started from the JVM; here one shell does the taking and one {@code stty} the giving back, which
 * restores every setting saved, Ctrl-C's included. Window size changes are heard through a plain
 * signal handler instead of Lanterna's reflective proxy, a class generated at run time that no
 * start-up cache can hold. Ctrl-C always arrives as a key (Lanterna's TRAP behaviour).
 */
final class TtyTerminal extends UnixTerminal {

    /** Prints the settings to give back, then takes the terminal as Lanterna's acquisition asks. */
    private static final String TAKE = "/bin/stty -g && /bin/stty -icanon min 1 -echo intr undef";
    private static final File TTY = new File("/dev/tty");

    /*
     * Set while Lanterna's constructor takes the terminal, before this class's own initialisers would
     * run: so no initialiser, which would reset it. Null: nothing saved, Lanterna's own ways apply.
     */
    private String saved;

    TtyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        String settings = run(TTY, "/bin/sh", "-c", TAKE);
        saved = settings.isEmpty() ? null : settings;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved == null) super.restoreTerminalSettings();
        else run(TTY, "/bin/stty", saved);
    }

    // The settings below were applied with the saving, and the saved ones give them back.

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (saved == null) super.canonicalMode(enabled);
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (saved == null) super.keyEchoEnabled(enabled);
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (saved == null) super.keyStrokeSignalsEnabled(enabled);
    }

    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        onWindowChange(onResize);
    }

    private static void onWindowChange(Runnable onResize) {
        try {
            Signal.handle(new Signal("WINCH"), signal -> onResize.run());
        } catch (IllegalArgumentException noSuchSignal) {
            // a system without SIGWINCH: the size read at start stays, as with Lanterna's own handler
        }
    }

    /** Runs COMMAND with INPUT as its standard input; what it prints, trimmed, once it has closed its output. */
    private static String run(File input, String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectInput(input).redirectError(Redirect.DISCARD).start();
        try (InputStream printed = process.getInputStream()) {
            return new String(printed.readAllBytes(), Charset.defaultCharset()).trim();
        }
    }

    /**
     * What taking a terminal runs, without one: a shell started the same way (reading nothing) and the
     * window-change handler, for the start-up cache's training. Leaves every terminal as it is.
     */
    static void rehearse() throws IOException {
        run(new File("/dev/null"), "/bin/sh", "-c", ":");
        onWindowChange(() -> { });
    }
}
