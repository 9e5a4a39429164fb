package fr.liseuse.cli;

import fr.liseuse.app.PageLoader;
import fr.liseuse.ui.Session;
import fr.liseuse.ui.line.LineMode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Starts the interactive reader: line mode today; the full-screen reader plugs in here. */
final class Interactive {

    /** Home, erase screen, erase scrollback (xterm E3 / Linux console since the "clean console" change). */
    private static final byte[] CLEAR_ALL = "\033[H\033[2J\033[3J".getBytes(StandardCharsets.US_ASCII);

    private Interactive() { }

    static int run(Context context, String source, CommandLine cl) throws IOException {
        PageLoader loader = context.pageLoader();
        Session session = new Session(loader, context.stdin);
        BufferedReader in = new BufferedReader(new InputStreamReader(context.stdin, StandardCharsets.UTF_8));
        LineMode lineMode = new LineMode(session, context.librarian(loader, cl.getErr()), context.messages(), in, cl.getOut());
        if (lineMode.run(source) == LineMode.Ending.QUICK_EXIT) quickExit(context);
        return ExitCodes.OK;
    }

    /** Clears what the session showed, when it showed it on a terminal; prints nothing else. */
    private static void quickExit(Context context) {
        if (!context.stdoutIsTerminal) return;
        try {
            OutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write(CLEAR_ALL);
            out.flush();
        } catch (IOException e) {
            // the terminal is gone: nothing left to clear
        }
    }
}
