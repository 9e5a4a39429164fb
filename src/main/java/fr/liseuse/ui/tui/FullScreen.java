package fr.liseuse.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.KeyTable;
import fr.liseuse.ui.Session;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs the full-screen reader on the process's terminal: a text terminal always (never a Swing
 * window), UTF-8 whatever the locale, Ctrl-C delivered as a key, NUL bytes filtered out. The
 * terminal is restored (alternate screen left, tty modes back) before {@link #run} returns or throws.
 */
public final class FullScreen {

    private FullScreen() { }

    /**
     * @param plain     no box-drawing or decorative glyphs ({@code --ascii}, {@code TERM=linux})
     * @param menuFirst open a site home on its menu (no SOURCE given)
     * @param keyboard  where keys come from: standard input, or the controlling terminal when standard
     *                  input brings the page
     * @param measure   the widest a page's text runs, in columns ({@code --width}); 0 for the default
     */
    public static Reader.Ending run(Session session, Finder finder, Messages messages, boolean plain, String source,
            boolean menuFirst, InputStream keyboard, int measure) throws IOException, InterruptedException {
        OutputStream out = new NulFilterOutputStream(new FileOutputStream(FileDescriptor.out));
        return run(terminal(out, keyboard), session, finder, messages, plain, source, menuFirst, measure);
    }

    private static final long KEY_POLL_MILLIS = 15;
    private static final long REHEARSAL_MILLIS = 30_000;
    private static final int CTRL_C = 3;

    /**
     * Runs the reader on an 80x24 ANSI terminal over a pipe until SOURCE is shown, then presses
     * {@code q}: how the start-up cache's training goes through the reader's classes, having no
     * terminal; then what taking a real terminal runs besides ({@link TtyTerminal#rehearse}). Gives up
     * (Ctrl-C) after 30 seconds.
     */
    public static void rehearse(Session session, Finder finder, Messages messages, String source)
            throws IOException, InterruptedException {
        PipedOutputStream keys = new PipedOutputStream();
        Terminal terminal = new RehearsalTerminal(new PipedInputStream(keys), OutputStream.nullOutputStream());
        daemon("liseuse-rehearsal").newThread(() -> {
            try {
                long deadline = System.currentTimeMillis() + REHEARSAL_MILLIS;
                while (session.current().isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(KEY_POLL_MILLIS);
                Thread.sleep(10 * KEY_POLL_MILLIS);   // the page's frame
                keys.write('q');
                keys.flush();
                Thread.sleep(REHEARSAL_MILLIS);
                keys.write(CTRL_C);
                keys.flush();
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            } catch (IOException readerGone) {
                // the reader has ended
            }
        }).start();
        run(terminal, session, finder, messages, false, source, false, 0);
        TtyTerminal.rehearse();
    }

    static Terminal terminal(OutputStream out, InputStream in) throws IOException {
        return new TtyTerminal(in, out, StandardCharsets.UTF_8);
    }

    static Reader.Ending run(Terminal terminal, Session session, Finder finder, Messages messages, boolean plain,
            String source, boolean menuFirst, int measure) throws IOException, InterruptedException {
        BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
        ExecutorService loader = Executors.newSingleThreadExecutor(daemon("liseuse-loader"));
        TerminalScreen screen = new TerminalScreen(terminal);
        try {
            screen.startScreen();
            Reader reader = new Reader(session, finder, messages, KeyTable.defaults(), plain, screen, loader,
                    events::add, measure);
            terminal.addResizeListener((t, newSize) -> events.add(() -> { }));
            daemon("liseuse-keys").newThread(() -> readKeys(screen, reader, events)).start();
            reader.start(source, menuFirst);
            reader.draw();
            while (reader.ending().isEmpty()) {
                // nothing to do: wait for a key or a result, or until a load's message row counts another second
                long redraw = reader.untilRedraw();
                Runnable event = redraw < 0 ? events.take() : events.poll(redraw, TimeUnit.MILLISECONDS);
                for (Runnable more = event; more != null && reader.ending().isEmpty(); more = events.poll()) {
                    more.run();
                }
                if (reader.ending().isEmpty()) reader.draw();
            }
            return reader.ending().get();
        } finally {
            loader.shutdownNow();
            try {
                screen.stopScreen(false);
            } finally {
                terminal.close();
            }
        }
    }

    /**
     * Polls the terminal for keys and hands each to the UI thread; ends at end of input. Polling, not
     * a blocking read: at exit the JVM waits up to 300 ms for threads blocked in native code (a read
     * on the terminal), which would break the quick exit's promise; a thread asleep between polls
     * costs nothing to stop, and 15 ms between polls is below what a typist notices (idle: about 1% of a core).
     */
    private static void readKeys(Screen screen, Reader reader, BlockingQueue<Runnable> events) {
        try {
            while (true) {
                KeyStroke key = screen.pollInput();
                if (key == null) {
                    Thread.sleep(KEY_POLL_MILLIS);
                    continue;
                }
                events.add(() -> reader.handle(key));
                if (key.getKeyType() == KeyType.EOF) return;
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException failure) {
            events.add(() -> reader.handle(new KeyStroke(KeyType.EOF)));
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }
}
