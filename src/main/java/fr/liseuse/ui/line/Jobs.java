package fr.liseuse.ui.line;

import fr.liseuse.source.SourceException;
import fr.liseuse.store.LibraryException;
import fr.liseuse.ui.Progress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Slow work of the line mode (page loads, searches, the library list, saves) on a loader thread, one job at
 * a time, each told by its {@link Progress}; each result comes back to the line thread through
 * {@code post}. {@link #cancel} drops the result of the job running and, for a network job,
 * interrupts its thread, which ends the request at once instead of at its timeout. Library jobs are
 * left to finish (an interrupt would close the files they read). Touched only from the line thread.
 */
final class Jobs {

    /** What a job does: whether its thread may be interrupted, and the message that says it was stopped. */
    enum Kind {
        PAGE(true, "line.loading.cancelled"),
        LIBRARY_SEARCH(false, "line.search.cancelled"),
        LIBRARY(false, "line.library.cancelled"),
        SITE_SEARCH(true, "line.search.cancelled"),
        /** Cancelling a save drops only its answer: the page is still written, whole. */
        SAVE(false, "line.save.cancelled");

        private final boolean network;
        private final String cancelledKey;

        Kind(boolean network, String cancelledKey) {
            this.network = network;
            this.cancelledKey = cancelledKey;
        }
    }

    /** Work for the loader thread; returns what to do with its result on the line thread. */
    interface Job {
        Runnable call() throws SourceException, LibraryException;
    }

    private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "liseuse-loader");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Runnable> post;
    private final Function<Exception, Runnable> failed;
    private final Runnable afterEach;
    private int generation;
    private FutureTask<Void> running;
    private Kind kind;
    private boolean local;
    private long startedAt;
    private Progress progress;

    /**
     * @param post      runs a task on the line thread
     * @param failed    what to do on the line thread when a job fails
     * @param afterEach run on the line thread after each job's result (or failure)
     */
    Jobs(Consumer<Runnable> post, Function<Exception, Runnable> failed, Runnable afterEach) {
        this.post = post;
        this.failed = failed;
        this.afterEach = afterEach;
    }

    boolean busy() {
        return running != null;
    }

    /** Whether a job of this KIND runs now. */
    boolean busyWith(Kind kind) {
        return running != null && this.kind == kind;
    }

    /** Whether the job running reads only this machine's files, so that it ends after bounded work. */
    boolean local() {
        return local;
    }

    /** When the job running started ({@link System#nanoTime()}). */
    long startedAt() {
        return startedAt;
    }

    /** What the user is told of the job running while they wait for it; empty when none runs. */
    Optional<Progress> progress() {
        return running == null ? Optional.empty() : Optional.of(progress);
    }

    /**
     * Starts JOB, told meanwhile by PROGRESS; LOCAL: it reads only this machine's files (a file, the
     * demo site, the library).
     */
    void start(Kind kind, boolean local, Progress progress, Job job) {
        int ticket = ++generation;
        FutureTask<Void> task = new FutureTask<>(() -> {
            Runnable result;
            try {
                result = job.call();
            } catch (SourceException | LibraryException | RuntimeException failure) {
                result = failed.apply(failure);
            }
            Runnable done = result;
            post.accept(() -> {
                if (ticket != generation) return;
                running = null;
                done.run();
                afterEach.run();
            });
        }, null);
        this.running = task;
        this.kind = kind;
        this.local = local;
        this.progress = progress;
        this.startedAt = System.nanoTime();
        loader.execute(task);
    }

    /** Stops the job running, if any; returns the message key saying what was stopped, or null. */
    String cancel() {
        if (running == null) return null;
        if (kind.network) running.cancel(true);
        running = null;
        generation++;
        return kind.cancelledKey;
    }

    /** Stops everything: the session is over. */
    void stop() {
        cancel();
        loader.shutdownNow();
    }
}
