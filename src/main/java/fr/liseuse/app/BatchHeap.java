package fr.liseuse.app;

/**
 * Keeps a long batch (many pages read or saved in one process) flat in memory. The launcher's serial
 * collector grows its old generation into the reserve rather than collecting it: the little each page
 * leaves there through the young collections (about 70 KiB) piles up, and a batch of 500 pages ended
 * 30 MiB above one of 50 without a single full collection. So, between pages, when the heap holds more
 * than {@link #SLACK} above what the last full collection left, one is asked for: a few milliseconds on
 * a heap this size, once every hundred pages or so.
 */
public final class BatchHeap {

    private static final long SLACK = 4L << 20;

    private final Runtime runtime = Runtime.getRuntime();
    private long floor = used();

    /** Called between two pages of a batch. */
    public void betweenPages() {
        if (used() - floor < SLACK) return;
        System.gc();
        floor = used();
    }

    private long used() {
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
