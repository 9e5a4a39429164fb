package fr.liseuse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of status on a terminal's standard error, rewritten in place ({@code \r}, the text, erase
 * to the end of the line) and erased before anything else is written to either output through
 * {@link #erasingFirst}, so that errors and pages always stay whole lines. A new status is drawn only
 * when every such output has flushed what it wrote and is at the start of a line (never in the
 * middle of a message or a page being written).
 */
final class StatusLine {

    private static final String ERASE = "\r\033[K";

    private final Writer terminal;
    private final List<Erasing> outputs = new ArrayList<>();
    /** Read without the lock when the process is stopped ({@link #eraseAtExit}). */
    private volatile boolean shown;
    private String last = "";

    /** @param terminal standard error, a terminal */
    StatusLine(Writer terminal) {
        this.terminal = terminal;
    }

    /** OUT, erasing the status line before each write that goes through it. */
    synchronized Writer erasingFirst(Writer out) {
        Erasing erasing = new Erasing(out);
        outputs.add(erasing);
        return erasing;
    }

    /** Shows TEXT (one line, clean, narrower than the terminal) in place of the status shown; false when it must wait. */
    synchronized boolean show(String text) {
        for (Erasing output : outputs) {
            if (output.midLine) return false;
        }
        if (shown && text.equals(last)) return true;
        write(ERASE + text);
        shown = true;
        last = text;
        return true;
    }

    /** Whether a status line is on the terminal now (not erased by other output since it was drawn). */
    boolean shown() {
        return shown;
    }

    /** Removes the status line, if one is shown. */
    synchronized void erase() {
        if (!shown) return;
        shown = false;
        write(ERASE);
    }

    /**
     * Removes the status line when the process is stopped (Ctrl-C): without waiting for the lock,
     * which the thread writing a page may hold for ever once the process is being stopped.
     */
    void eraseAtExit() {
        if (!shown) return;
        try {
            terminal.write(ERASE);
            terminal.flush();
        } catch (IOException | RuntimeException gone) {
            // the terminal is gone: nothing left to erase
        }
    }

    private void write(String s) {
        try {
            terminal.write(s);
            terminal.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An output that erases the status line before writing, and knows whether all it wrote is out, whole lines. */
    private final class Erasing extends Writer {

        private final Writer out;
        /** Written to since the last flush, or the last flush left a line unfinished. */
        private boolean midLine;
        private boolean endsLine = true;

        Erasing(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) return;
            synchronized (StatusLine.this) {
                erase();
                out.write(buffer, offset, length);
                midLine = true;
                endsLine = buffer[offset + length - 1] == '\n';
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (StatusLine.this) {
                out.flush();
                midLine = !endsLine;
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
