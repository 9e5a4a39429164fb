package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.config.Settings;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import fr.liseuse.store.PersonalContacts;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.KeyTable;
import fr.liseuse.ui.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The full-screen reader on a virtual terminal, driven like the real one: keys go into the terminal's
 * input, the reader takes them from the screen, and tasks posted by page loads run on this thread.
 * Loads run at once, or wait for {@link #finishLoads()} when the harness is built with {@code held}.
 * The library is that of a given {@code LISEUSE_HOME}, or else a discreet one that never writes.
 */
final class Harness {

    final DefaultVirtualTerminal terminal;
    final Reader reader;
    final Session session;
    private final TerminalScreen screen;
    /** Tasks the reader posts to its UI thread (from a loader thread too, see {@link #onThread}). */
    private final Deque<Runnable> posted = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final List<Runnable> loads = new ArrayList<>();
    private final boolean held;

    private Harness(int columns, int rows, boolean plain, boolean held, Path home) {
        this(columns, rows, plain, held, home, null, PersonalContacts.Loaded.none(), 0, Messages.french(), System::nanoTime,
                SiteProfiles.bundled());
    }

    private Harness(int columns, int rows, boolean plain, boolean held, Path home, java.util.concurrent.Executor executor,
            PersonalContacts.Loaded personal) {
        this(columns, rows, plain, held, home, executor, personal, 0, Messages.french(), System::nanoTime,
                SiteProfiles.bundled());
    }

    private Harness(int columns, int rows, boolean plain, boolean held, Path home, java.util.concurrent.Executor executor,
            PersonalContacts.Loaded personal, int measure, Messages messages, java.util.function.LongSupplier clock,
            SiteProfiles profiles) {
        this.held = held;
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = home == null
                ? Map.of("LISEUSE_HOME", Path.of(System.getProperty("java.io.tmpdir"), "liseuse-no-library").toString())
                : Map.of("LISEUSE_HOME", home.toString());
        Library library = new Library(Settings.from(env, home == null), LibraryEvents.SILENT);
        Sources sources = new Sources(SourceOptions.defaults(Map.of()), Librarian.lookup(library));
        PageLoader loader = new PageLoader(sources, profiles);
        session = new Session(loader, InputStream.nullInputStream(), personal);
        Finder finder = new Finder(new Librarian(loader, library), new SiteSearches(sources, profiles), profiles, false);
        reader = new Reader(session, finder, messages, KeyTable.defaults(), plain, screen,
                executor != null ? executor : this::load, posted::add, measure, clock);
    }

    /**
     * In the UI language of MESSAGES, its loads run by EXECUTOR on another thread, the time of their
     * progress told by CLOCK (nanoseconds).
     */
    static Harness timed(java.util.concurrent.Executor executor, java.util.function.LongSupplier clock, Messages messages,
            String source) {
        return timed(executor, clock, messages, SiteProfiles.bundled(), source);
    }

    /** The same, the sites of PROFILES searched. */
    static Harness timed(java.util.concurrent.Executor executor, java.util.function.LongSupplier clock, Messages messages,
            SiteProfiles profiles, String source) {
        Harness h = new Harness(80, 24, false, false, null, executor, PersonalContacts.Loaded.none(), 0, messages, clock,
                profiles);
        h.reader.start(source, false);
        h.pump();
        return h;
    }

    /** With its loads run by EXECUTOR on another thread, as the full-screen reader runs them. */
    static Harness onThread(java.util.concurrent.Executor executor, String source) {
        Harness h = new Harness(80, 24, false, false, null, executor, PersonalContacts.Loaded.none());
        h.reader.start(source, false);
        h.pump();
        return h;
    }

    /** Pumps keys and posted tasks until the screen satisfies CONDITION; false after SECONDS. */
    boolean pumpUntil(java.util.function.Predicate<String> condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            pump();
            if (condition.test(text())) return true;
            Thread.sleep(20);
        }
        return false;
    }

    /** On 80 × 24, with PERSONAL as the user's contacts (and the problem reading them). */
    static Harness withContacts(PersonalContacts.Loaded personal, String source) {
        Harness h = new Harness(80, 24, false, false, null, null, personal);
        h.reader.start(source, false);
        h.pump();
        return h;
    }

    /** On COLUMNS × ROWS in the UI language of MESSAGES, the text kept to MEASURE columns (0: the reader's default). */
    static Harness measured(int columns, int rows, int measure, Messages messages, String source) {
        Harness h = new Harness(columns, rows, false, false, null, null, PersonalContacts.Loaded.none(), measure, messages,
                System::nanoTime, SiteProfiles.bundled());
        h.reader.start(source, false);
        h.pump();
        return h;
    }

    static Harness open(String source) {
        return start(80, 24, false, false, source, false);
    }

    static Harness start(int columns, int rows, boolean plain, boolean held, String source, boolean menuFirst) {
        return start(columns, rows, plain, held, source, menuFirst, null);
    }

    /** With the library of LISEUSE_HOME = HOME (saves go there). */
    static Harness withLibrary(Path home, boolean held, String source) {
        return start(80, 24, false, held, source, false, home);
    }

    private static Harness start(int columns, int rows, boolean plain, boolean held, String source, boolean menuFirst,
            Path home) {
        Harness h = new Harness(columns, rows, plain, held, home);
        h.reader.start(source, menuFirst);
        h.pump();
        return h;
    }

    private void load(Runnable task) {
        if (held) loads.add(task);
        else task.run();
    }

    void finishLoads() {
        List<Runnable> waiting = new ArrayList<>(loads);
        loads.clear();
        waiting.forEach(Runnable::run);
        pump();
    }

    Harness keys(KeyStroke... keys) {
        for (KeyStroke key : keys) {
            terminal.addInput(key);
            pump();
        }
        return this;
    }

    Harness type(String text) {
        for (char c : text.toCharArray()) keys(new KeyStroke(c, false, false));
        return this;
    }

    static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        pump();
    }

    /** Handles every pending key and posted task, then draws, as the real loop does. */
    void pump() {
        try {
            for (KeyStroke key = screen.pollInput(); key != null; key = screen.pollInput()) {
                reader.handle(key);
                runPosted();
            }
            runPosted();
            if (reader.ending().isEmpty()) reader.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void runPosted() {
        for (Runnable task = posted.poll(); task != null; task = posted.poll()) task.run();
    }

    TerminalPosition cursor() {
        return terminal.getCursorPosition();
    }

    List<String> rows() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                line.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) c++;
            }
            rows.add(line.toString().stripTrailing());
        }
        return rows;
    }

    String row(int r) {
        return rows().get(r);
    }

    String text() {
        return String.join("\n", rows());
    }

    /** The text of the row the hardware cursor is on, from the cursor to the end. */
    String atCursor() {
        String row = row(cursor().getRow());
        return cursor().getColumn() >= row.length() ? "" : row.substring(cursor().getColumn());
    }
}
