package fr.liseuse.cli;

import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.source.Sources;
import fr.liseuse.store.PersonalContacts;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.Session;
import fr.liseuse.ui.line.LineMode;
import fr.liseuse.ui.tui.FullScreen;
import fr.liseuse.ui.tui.Reader;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/**
 * Starts the interactive reader: full screen when standard input and output are terminals, TERM is
 * set and not {@code dumb} and line mode was not asked for; line mode otherwise. The one place for
 * what a quick exit leaves behind and for the reader's exit codes.
 */
final class Interactive {

    /** Home, erase screen, erase scrollback (xterm E3 / Linux console since the "clean console" change). */
    private static final byte[] CLEAR_ALL = "\033[H\033[2J\033[3J".getBytes(StandardCharsets.US_ASCII);

    private Interactive() { }

    /**
     * @param source  the SOURCE given, or null for the default site's home (opened on its menu)
     * @param measure the widest the full-screen reader's text runs, in columns; 0 for its default
     */
    static int run(Context context, String source, int measure, CommandLine cl) throws IOException, InterruptedException {
        String start = source == null ? "demo:/" : source;
        Optional<InputStream> keyboard = pipedPageOnTerminal(context, start) ? Tty.openControlling() : Optional.empty();
        try {
            return run(context, source, start, keyboard, measure, cl);
        } finally {
            if (keyboard.isPresent()) keyboard.get().close();
        }
    }

    /**
     * @param keyboard the controlling terminal, when the page comes from standard input: the keys
     *                 or commands are read there (as {@code less} does); empty: from standard input
     */
    private static int run(Context context, String source, String start, Optional<InputStream> keyboard,
            int measure, CommandLine cl) throws IOException, InterruptedException {
        boolean fullScreen = keyboard.isPresent() ? !context.lineModeWanted() : fullScreen(context);
        // the full screen owns the terminal: library notices on stderr would tear it
        Parts parts = fullScreen ? parts(context, start, new PrintWriter(Writer.nullWriter())) : parts(context, null, cl.getErr());
        Session session = parts.session();
        Finder finder = parts.finder();
        if (fullScreen) {
            Reader.Ending ending = FullScreen.run(session, finder, context.messages(), plainGlyphs(context), start,
                    source == null, keyboard.orElse(System.in), measure);
            return switch (ending) {
                case QUIT -> ExitCodes.OK;
                case QUICK_EXIT -> quickExit(context);
                case INTERRUPTED -> ExitCodes.INTERRUPTED;
            };
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(keyboard.orElse(context.stdin), StandardCharsets.UTF_8));
        // wrapped at the terminal's width, measured before each command; a pipe or a file gets lines whole
        IntSupplier width = context.stdoutIsTerminal ? () -> Tty.outputWidth(context.env) : () -> 0;
        LineMode lineMode = new LineMode(session, finder, context.messages(), in, cl.getOut(), width);
        // without a terminal to read commands from, they follow the page on standard input
        boolean commandsAfterPage = keyboard.isEmpty() && start.equals("-");
        if (lineMode.run(start, commandsAfterPage) == LineMode.Ending.QUICK_EXIT) return quickExit(context);
        return ExitCodes.OK;
    }

    /** The page comes through a pipe while the output is a terminal: {@code cat page.html | liseuse -}. */
    private static boolean pipedPageOnTerminal(Context context, String start) {
        return start.equals("-") && context.stdoutIsTerminal && context.stdin == System.in && !Tty.stdinIsTerminal();
    }

    /** The start-up cache's training: the full-screen reader on a virtual terminal, showing SOURCE. */
    static void rehearse(Context context, String source) throws IOException, InterruptedException {
        Parts parts = parts(context, source, new PrintWriter(Writer.nullWriter()));
        FullScreen.rehearse(parts.session(), parts.finder(), context.messages(), source);
    }

    /** What both readers work with: the session (pages, history) and the finder (searches). */
    private record Parts(Session session, Finder finder) { }

    /**
     * @param first the page the full-screen reader opens first, loaded from here on while the rest
     *              (library, searches, then the terminal) is set up; null in line mode
     */
    private static Parts parts(Context context, String first, PrintWriter notices) {
        SiteProfiles profiles = context.siteProfiles();
        Sources sources = context.sources();
        PageLoader loader = context.pageLoader(sources, () -> profiles);
        // a problem with the user's contacts is shown in the emergency list itself, where it matters
        Session session = new Session(loader, context.stdin, PersonalContacts.find(context.env, context.messages()));
        if (first != null) session.prefetch(first);
        Librarian librarian = context.librarian(loader, notices);
        Finder finder = new Finder(librarian, new SiteSearches(sources, profiles), profiles, context.globals.offline());
        return new Parts(session, finder);
    }

    /** The full-screen reader needs a real terminal on both ends, one that understands escape codes. */
    static boolean fullScreen(Context context) {
        return context.stdoutIsTerminal && context.stdin == System.in && Tty.stdinIsTerminal()
                && !context.lineModeWanted();
    }

    /** {@code --ascii}, or the Linux console, whose fonts lack box-drawing and decorative glyphs. */
    private static boolean plainGlyphs(Context context) {
        return context.globals.ascii() || "linux".equals(context.env.get("TERM"));
    }

    /**
     * Clears what the session showed, when it showed it on a terminal that understands it (not a dumb
     * one, where the codes would show as text); prints nothing else; exit 0.
     */
    private static int quickExit(Context context) {
        if (!context.stdoutIsTerminal || Tty.dumb(context.env)) return ExitCodes.OK;
        try {
            OutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write(CLEAR_ALL);
            out.flush();
        } catch (IOException e) {
            // the terminal is gone: nothing left to clear
        }
        return ExitCodes.OK;
    }
}
