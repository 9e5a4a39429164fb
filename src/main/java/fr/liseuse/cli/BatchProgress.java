package fr.liseuse.cli;

import fr.liseuse.text.Addresses;
import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The progress of work on many sources, on standard error's status line when it is a terminal
 * ({@link StatusLine}): what is done ("Lecture 3/50"), the rate in pages per second, and the current
 * source, clean and shortened to the terminal's width. Shown from the second source on, or once the
 * work has taken a second ({@link Kind#fromSecond}: a library index shows only after a second); a
 * single quick source shows nothing. Redrawn about once a second while a source takes long
 * ({@link #tick}), erased at the end. {@link #none()} shows nothing at all (not a terminal, {@code --quiet}).
 */
final class BatchProgress implements AutoCloseable {

    /** What is being done, and whether its second item is reason enough to show it. */
    enum Kind {
        READ("progress.read", true),
        SAVE("progress.save", true),
        INDEX("progress.index", false);

        private final String key;
        private final boolean fromSecond;

        Kind(String key, boolean fromSecond) {
            this.key = key;
            this.fromSecond = fromSecond;
        }
    }

    static final long AFTER = TimeUnit.SECONDS.toNanos(1);
    /** Fast work (an index rebuilt at a hundred pages a second) is drawn at most this often. */
    static final long BETWEEN_DRAWS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long TICK_MILLIS = 1000;

    private final StatusLine line;
    private final Messages messages;
    private final IntSupplier width;
    private final LongSupplier clock;
    private final boolean ticking;
    private Kind kind;
    /** When each kind of work under way started (a save's pages go on after the index it updated). */
    private final Map<Kind, Long> started = new EnumMap<>(Kind.class);
    private int position;
    private int total;
    private String source = "";
    private long drawnAt;
    private Thread ticker;

    /**
     * @param width   the terminal's columns
     * @param clock   the time in nanoseconds ({@link System#nanoTime()} in use)
     * @param ticking whether a thread of its own redraws the line every second (tests call {@link #tick})
     */
    BatchProgress(StatusLine line, Messages messages, IntSupplier width, LongSupplier clock, boolean ticking) {
        this.line = line;
        this.messages = messages;
        this.width = width;
        this.clock = clock;
        this.ticking = ticking;
    }

    /** Progress that is never shown. */
    static BatchProgress none() {
        return new BatchProgress(null, null, () -> 0, () -> 0, false);
    }

    /** Work of KIND is at item POSITION (from 1) of TOTAL, SOURCE; each kind of work has its own count and rate. */
    synchronized void at(Kind kind, int position, int total, String source) {
        if (line == null) return;
        this.kind = kind;
        started.putIfAbsent(kind, clock.getAsLong());
        this.position = position;
        this.total = total;
        this.source = source == null ? "" : source;
        startTicking();
        draw();
    }

    /** Redraws the line (the rate changes with time; a slow first source shows after a second). */
    synchronized void tick() {
        if (line != null && kind != null) draw();
    }

    /** The work of its kind is over: the line is erased until other work is under way. */
    synchronized void end() {
        if (line == null) return;
        if (kind != null) started.remove(kind);
        kind = null;
        line.erase();
    }

    /** Erases the line and stops redrawing it. */
    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            end();
            stopping = ticker;
            ticker = null;
        }
        if (stopping != null) stopping.interrupt();
    }

    private void draw() {
        long now = clock.getAsLong();
        long elapsed = now - started.get(kind);
        if (elapsed < AFTER && !(kind.fromSecond && position >= 2)) return;
        if (line.shown() && now - drawnAt < BETWEEN_DRAWS) return;   // an erased line comes back at once
        if (line.show(text(elapsed))) drawnAt = now;
    }

    /** "Lecture 3/50, 2,4 pages/s : source", the source shortened to fit the width left by the rest. */
    String text(long elapsed) {
        String done = messages.get(kind.key, position, total);
        if (position >= 2 && elapsed > 0) {
            double rate = (position - 1) / (elapsed / 1e9);
            done = messages.get("progress.rate", done, rate);
        }
        String head = messages.get("progress.current", done, "");
        int room = Math.max(1, width.getAsInt() - 1);   // the last column would make some terminals wrap
        String shown = fitted(Addresses.shown(source), room - DisplayWidth.of(head));
        return fitted(head + shown, room);
    }

    /** TEXT cut to COLUMNS, an ellipsis marking the cut; empty when not even that fits. */
    private static String fitted(String text, int columns) {
        if (DisplayWidth.of(text) <= columns) return text;
        if (columns < 2) return "";
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > columns - 1) break;
            kept.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return kept.append('…').toString();
    }

    private void startTicking() {
        if (!ticking || ticker != null) return;
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(TICK_MILLIS);
                    tick();
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }, "liseuse-progress");
        ticker.setDaemon(true);
        ticker.start();
    }
}
