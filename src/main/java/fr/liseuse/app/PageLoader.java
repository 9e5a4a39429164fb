package fr.liseuse.app;

import fr.liseuse.config.SiteProfile;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.extract.Extractor;
import fr.liseuse.extract.pdf.PdfRejected;
import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.model.SiteHints;
import fr.liseuse.source.Charsets;
import fr.liseuse.source.Excerpt;
import fr.liseuse.source.Fetched;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceException.Kind;
import fr.liseuse.source.Sources;
import fr.liseuse.text.Addresses;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** The read use case: a SOURCE in, an extracted {@link Page} out. */
public final class PageLoader {

    /** Pages remembered so the reader can save what it shows without fetching it again. */
    private static final int REMEMBERED = 8;
    /** Work allowed on one page once its bytes are in (decoding and extraction). */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);
    /**
     * Extraction runs on its own thread with a large stack: the parser and the extractors walk trees
     * iteratively, and this keeps any recursion left in a library far from an overflow on absurd nesting.
     */
    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

    private final Sources sources;
    private final Supplier<SiteProfiles> profileSource;
    private final Duration budget;
    private SiteProfiles profiles;
    private final Extractor extractor;
    private final Map<String, Loaded> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** With the bundled site profiles only. */
    public PageLoader(Sources sources) {
        this(sources, SiteProfiles::bundled);
    }

    /** @param profiles the site profiles whose selectors apply to their sites' pages ({@link Sites#load}) */
    public PageLoader(Sources sources, SiteProfiles profiles) {
        this(sources, () -> profiles);
    }

    /**
     * @param profiles gives the site profiles, asked once, the first time a page some profile could
     *                 cover is loaded (files and standard input never need them)
     */
    public PageLoader(Sources sources, Supplier<SiteProfiles> profiles) {
        this(sources, profiles, DEFAULT_BUDGET);
    }

    /** @param budget the most time decoding and extraction may take for one page */
    public PageLoader(Sources sources, Supplier<SiteProfiles> profiles, Duration budget) {
        this(sources, profiles, budget, new Extractor());
    }

    /** @param extractor builds the pages (its listener hears of the parts that failed on one) */
    public PageLoader(Sources sources, Supplier<SiteProfiles> profiles, Duration budget, Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.profileSource = Objects.requireNonNull(profiles, "profiles");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * Loads SOURCE reading only the {@code parts} its output shows (see {@link Extractor}), for a command
     * that prints it and moves on: nothing of it is remembered, so a batch holds one page at a time.
     */
    public Page load(String source, InputStream stdin, Set<PagePart> parts) throws SourceException {
        return loadWithBytes(source, stdin, parts, Received.unwatched(), false).page();
    }

    /**
     * Loads SOURCE whole, and remembers it with its bytes for a while (see {@link #recent}): for the reader.
     * RECEIVED counts the bytes that come from the network meanwhile ({@link Received#unwatched()} when
     * nobody shows them).
     */
    public Page load(String source, InputStream stdin, Received received) throws SourceException {
        return loadWithBytes(source, stdin, PagePart.ALL, received, true).page();
    }

    /**
     * Loads SOURCE and keeps the raw bytes with the page (for saving it), remembering nothing: a long
     * save holds one page at a time. A user name or password in the address is dropped at once: the
     * page, the library and every message know it without.
     */
    public Loaded loadWithBytes(String given, InputStream stdin) throws SourceException {
        return loadWithBytes(given, stdin, PagePart.ALL, Received.unwatched(), false);
    }

    /** As {@link #loadWithBytes(String, InputStream)}; remembered for {@link #recent} when {@code remember}. */
    private Loaded loadWithBytes(String given, InputStream stdin, Set<PagePart> parts, Received received,
            boolean remember)
            throws SourceException {
        String source = Addresses.withoutCredentials(given);
        Instant now = Instant.now();
        Fetched fetched = sources.open(source, stdin, received);
        SiteHints hints = SiteProfiles.mayCover(fetched.baseUri())
                ? profiles().forUrl(fetched.baseUri()).map(SiteProfile::hints).orElse(SiteHints.NONE)
                : SiteHints.NONE;
        Page page = withinBudget(() -> {
            if (fetched.isPdf()) return pdfPage(fetched, source);
            if (isPlainText(fetched)) {
                return extractor.extract(PlainText.toHtml(Charsets.decode(fetched)), source, fetched.baseUri(), hints,
                        parts);
            }
            // Decoded while it is parsed: no whole decoded copy of the page beside its bytes and its document.
            return Charsets.read(fetched, html -> extractor.extract(html, source, fetched.baseUri(), hints, parts));
        }, Excerpt.of(source));
        Loaded loaded = new Loaded(fetched, page, now);
        if (remember) {
            synchronized (recent) {
                recent.put(source, loaded);
            }
        }
        return loaded;
    }

    /** A PDF's page; a PDF that cannot be read is rejected (exit 65) with the reason in one line. */
    private Page pdfPage(Fetched fetched, String source) throws SourceException {
        try {
            return extractor.extractPdf(fetched.body(), source);
        } catch (PdfRejected e) {
            Object[] args = new Object[e.args().length + 1];
            args[0] = Excerpt.of(source);
            System.arraycopy(e.args(), 0, args, 1, e.args().length);
            throw new SourceException(Kind.REJECTED, e.key(), args).withCause(e);
        }
    }

    /** One of the last pages loaded from SOURCE, with its bytes, if still remembered. */
    public Optional<Loaded> recent(String source) {
        synchronized (recent) {
            return Optional.ofNullable(recent.get(Addresses.withoutCredentials(source)));
        }
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

    private synchronized SiteProfiles profiles() {
        if (profiles == null) profiles = profileSource.get();
        return profiles;
    }

    private static boolean isPlainText(Fetched fetched) {
        return "text/plain".equals(fetched.contentType());
    }
}
