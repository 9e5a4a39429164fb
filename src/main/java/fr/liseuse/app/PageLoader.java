package fr.liseuse.app;

import fr.liseuse.extract.Extractor;
import fr.liseuse.model.Page;
import fr.liseuse.source.Charsets;
import fr.liseuse.source.Excerpt;
import fr.liseuse.source.Fetched;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceException.Kind;
import fr.liseuse.source.Sources;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The read use case: a SOURCE in, an extracted {@link Page} out. */
public final class PageLoader {

    /** Work allowed on one page once its bytes are in (decoding and extraction). */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);
    /**
     * Extraction runs on its own thread with a large stack: the parser and the extractors walk trees
     * iteratively, and this keeps any recursion left in a library far from an overflow on absurd nesting.
     */
    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

    private final Sources sources;
    private final Duration budget;
    private final Extractor extractor = new Extractor();

    public PageLoader(Sources sources) {
        this(sources, DEFAULT_BUDGET);
    }

    public PageLoader(Sources sources, Duration budget) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    public Page load(String source, InputStream stdin) throws SourceException {
        Fetched fetched = sources.open(source, stdin);
        return withinBudget(() -> {
            String decoded = Charsets.decode(fetched);
            String html = isPlainText(fetched) ? PlainText.toHtml(decoded) : decoded;
            return extractor.extract(html, source, fetched.baseUri());
        }, Excerpt.of(source));
    }

    private interface Work {
        Page run() throws SourceException;
    }

    /**
     * Runs the work on a worker thread and waits at most the budget. A page over budget, too deeply
     * nested for even the large stack, or too big for the heap is rejected (exit 65) with one line.
     * A worker over budget cannot be stopped mid-parse; it is a daemon and is left to finish.
     */
    private Page withinBudget(Work work, String shown) throws SourceException {
        FutureTask<Page> task = new FutureTask<>(work::run);
        Thread worker = new Thread(null, task, "liseuse-extract", WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new SourceException(Kind.REJECTED, "page.overBudget", shown, Long.toString(budget.toSeconds()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException(Kind.UNAVAILABLE, "source.interrupted", shown);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause(), shown);
        }
    }

    private static SourceException rethrown(Throwable cause, String shown) {
        if (cause instanceof SourceException s) return s;
        if (cause instanceof StackOverflowError) {
            return new SourceException(Kind.REJECTED, "page.tooDeep", shown).withCause(cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return new SourceException(Kind.REJECTED, "page.outOfMemory", shown).withCause(cause);
        }
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error error) throw error;
        throw new IllegalStateException(cause);
    }

    private static boolean isPlainText(Fetched fetched) {
        return "text/plain".equals(fetched.contentType());
    }
}
