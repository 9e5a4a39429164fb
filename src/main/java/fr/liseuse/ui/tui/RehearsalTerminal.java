package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal of 80x24 over plain streams, with no tty behind it: the reader's rehearsal for the
 * start-up cache's training goes through the same drawing (escape sequences) and key decoding as on a
 * real terminal, without touching the one the user may be typing in.
 */
final class RehearsalTerminal extends ANSITerminal {

    private static final TerminalSize SIZE = new TerminalSize(80, 24);

    RehearsalTerminal(InputStream keys, OutputStream screen) {
        super(keys, screen, StandardCharsets.UTF_8);
    }

    /** Its fixed size, instead of asking a terminal to report its cursor position. */
    @Override
    protected TerminalSize findTerminalSize() {
        return SIZE;
    }
}
