package fr.liseuse.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.Settings;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.Session;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A failure inside the terminal layer while the reader runs (here: the terminal throws while a frame
 * is drawn) still leaves the terminal as it was found: alternate screen left, cursor shown, terminal
 * closed, before the failure reaches the command line, which prints it as one line (exit 1).
 */
class FailureRestoresTerminalTest {

    /** A terminal that breaks on demand and remembers whether it was given back. */
    private static final class BreakingTerminal extends DefaultVirtualTerminal {
        volatile boolean broken;
        volatile boolean privateModeLeft;
        volatile boolean closed;

        BreakingTerminal() {
            super(new TerminalSize(80, 24));
        }

        @Override
        public synchronized void putCharacter(char c) {
            if (broken) throw new IllegalStateException("terminal broke while drawing");
            super.putCharacter(c);
        }

        @Override
        public synchronized void putString(String string) {
            if (broken) throw new IllegalStateException("terminal broke while drawing");
            super.putString(string);
        }

        @Override
        public synchronized void exitPrivateMode() {
            privateModeLeft = true;
            super.exitPrivateMode();
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }
    }

    @Test
    void theTerminalIsGivenBackBeforeTheFailureIsReported() throws Exception {
        Library library = new Library(Settings.from(Map.of("LISEUSE_HOME", "/nonexistent/liseuse-test"), true),
                LibraryEvents.SILENT);
        SiteProfiles profiles = SiteProfiles.bundled();
        Sources sources = new Sources(SourceOptions.defaults(Map.of()), Librarian.lookup(library));
        PageLoader loader = new PageLoader(sources, profiles);
        Session session = new Session(loader, InputStream.nullInputStream());
        Finder finder = new Finder(new Librarian(loader, library), new SiteSearches(sources, profiles), profiles, false);
        BreakingTerminal terminal = new BreakingTerminal();

        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Reader.Ending> reading = runner.submit(() -> FullScreen.run(terminal, session, finder,
                    Messages.french(), false, "demo:/", false, 0));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!terminalShows(terminal, "Accueil") && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(terminalShows(terminal, "Accueil"), "the reader drew its first frame");

            terminal.broken = true;
            terminal.addInput(new KeyStroke('?', false, false)); // the help panel: a whole new frame
            ExecutionException failure = assertThrows(ExecutionException.class, () -> reading.get(30, TimeUnit.SECONDS));
            assertEquals("terminal broke while drawing", failure.getCause().getMessage());
            assertTrue(terminal.privateModeLeft, "alternate screen left");
            assertTrue(terminal.closed, "terminal closed");
            assertTrue(terminal.isCursorVisible(), "cursor shown again");
        } finally {
            runner.shutdownNow();
        }
    }

    private static boolean terminalShows(DefaultVirtualTerminal terminal, String text) {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder all = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                all.append(terminal.getCharacter(col, row).getCharacterString());
            }
            all.append('\n');
        }
        return all.toString().contains(text);
    }
}
