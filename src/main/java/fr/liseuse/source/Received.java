package fr.liseuse.source;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes one load has received so far, counted by the thread that receives them and read by the
 * one that tells the user (the reader's progress message). A load taken over from another one under
 * way (the reader's first page, loaded early) {@link #follow}s that one's count.
 */
public final class Received {

    private final AtomicLong bytes = new AtomicLong();
    private volatile Received followed;

    /** A count for a load nobody watches. */
    public static Received unwatched() {
        return new Received();
    }

    public void add(long count) {
        bytes.addAndGet(count);
    }

    public long bytes() {
        Received other = followed;
        return other == null ? bytes.get() : other.bytes();
    }

    /** From now on, tells what OTHER counts: the load it counts is the one this count stands for. */
    public void follow(Received other) {
        if (other != this) followed = other;
    }
}
