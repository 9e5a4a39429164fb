package fr.liseuse.ui;

import fr.liseuse.source.Received;
import fr.liseuse.text.ByteSize;
import fr.liseuse.text.Messages;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What the user is told while they wait for something slow (a page, a search, the library): the
 * seconds it has taken and, for what comes over the network or a pipe, the bytes received, and when.
 * The full screen shows it in its message row once the wait has taken a second, refreshed every
 * second; line mode says it as a line of its own after 3 seconds, then every 10 seconds at most, so
 * that a screen reader, which speaks each new line, is not flooded. A wait that ends sooner shows
 * nothing new. Both readers tell every page load, search, save and reading of the library through here
 * (the one decision of when and how). Time comes from the clock given ({@link System#nanoTime()} in use).
 */
public final class Progress {

    static final long SCREEN_AFTER = TimeUnit.SECONDS.toNanos(1);
    static final long SCREEN_EVERY = TimeUnit.SECONDS.toNanos(1);
    static final long LINE_AFTER = TimeUnit.SECONDS.toNanos(3);
    static final long LINE_EVERY = TimeUnit.SECONDS.toNanos(10);

    /**
     * What the user waits for, and so the words of its messages: {@code tui.KEY.progress} for the
     * full screen, {@code line.KEY.progress} for line mode (those it has), given the seconds and the
     * bytes received. The messages of what reads only this machine's files leave the bytes out. They
     * name no page or site, which the words said when the wait began did: the message row of an
     * 80-column screen must keep room for how to cancel.
     */
    public enum Wait {
        PAGE("loading"),
        SITE_SEARCH("search.site"),
        LIBRARY_SEARCH("search.library"),
        LIBRARY("library"),
        REMOVAL("remove"),
        SAVE("save");

        private final String key;

        Wait(String key) {
            this.key = key;
        }
    }

    private final Wait wait;
    private final LongSupplier clock;
    private final long started;
    private final Received received = new Received();
    /** When line mode's next line is due, in nanoseconds from the start. */
    private long nextLineAt = LINE_AFTER;

    /** A wait for WAIT starting now. */
    public Progress(Wait wait, LongSupplier clock) {
        this.wait = wait;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    /** The count the bytes of the wait go into. */
    public Received received() {
        return received;
    }

    /** The full screen's message once the wait has taken a second; empty before. */
    public Optional<String> screenMessage(Messages messages) {
        long elapsed = elapsed();
        if (elapsed < SCREEN_AFTER) return Optional.empty();
        return Optional.of(said(messages, "tui." + wait.key + ".progress", elapsed));
    }

    /** Nanoseconds until the full screen's message changes (it counts whole seconds). */
    public long untilScreenChange() {
        long elapsed = elapsed();
        if (elapsed < SCREEN_AFTER) return SCREEN_AFTER - elapsed;
        return SCREEN_EVERY - (elapsed - SCREEN_AFTER) % SCREEN_EVERY;
    }

    /**
     * Line mode's next line when it is due (3 s after the start, then 10 s after the last one said);
     * empty otherwise.
     */
    public Optional<String> dueLine(Messages messages) {
        long elapsed = elapsed();
        if (elapsed < nextLineAt) return Optional.empty();
        nextLineAt = elapsed + LINE_EVERY;
        return Optional.of(said(messages, "line." + wait.key + ".progress", elapsed));
    }

    /** Nanoseconds until line mode's next line is due (0: it is). */
    public long untilLine() {
        return Math.max(0, nextLineAt - elapsed());
    }

    private long elapsed() {
        return clock.getAsLong() - started;
    }

    private String said(Messages messages, String key, long elapsed) {
        return messages.get(key, TimeUnit.NANOSECONDS.toSeconds(elapsed), new ByteSize(received.bytes()));
    }
}
