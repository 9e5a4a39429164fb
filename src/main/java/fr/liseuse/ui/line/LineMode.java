package fr.liseuse.ui.line;

import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.LibraryException;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import fr.liseuse.ui.Action;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.EmergencyContacts;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.Hit;
import fr.liseuse.ui.KeyTable;
import fr.liseuse.ui.PageName;
import fr.liseuse.ui.Progress;
import fr.liseuse.ui.Session;
import fr.liseuse.ui.TypedAddress;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The line-oriented reader (CONTRACT §7): one command per input line, plain lines out, numbered lists
 * everywhere, no escape sequences. Works from a terminal or a pipe until {@code q} or end of input.
 *
 * <p>Lines are read on their own thread ({@link LineInput}); page loads and searches run on a loader
 * thread ({@link Jobs}); both hand their work to this one line thread through {@code post}. While a
 * job runs, the emergency list, help, quick exit, quit and cancel are answered at once; other
 * commands wait for it, in the order typed, since they are about the page it brings.
 */
public final class LineMode {

    /** What the caller does when the loop ends. */
    public enum Ending { QUIT, QUICK_EXIT }

    private static final int SEARCH_HITS = 10;
    /**
     * How long a command answered at once still waits for the job running, which may be about to end:
     * a page that arrives meanwhile gets its own numbers into the emergency list, and a script's
     * commands keep their order. For a page or site on the network (or standard input), short enough
     * for "at once" (CONTRACT §7); for this machine's files, whose loads end after bounded work, long
     * enough for any of them on a busy machine, so that typed or piped commands keep their order.
     */
    private static final long PATIENCE_REMOTE_MILLIS = 400;
    private static final long PATIENCE_LOCAL_MILLIS = 3000;

    /** A command waiting for the job running, typed at {@code arrived} ({@link System#nanoTime()}). */
    private record Waiting(Typed typed, long arrived) {
        /** A command answered at once: when its patience with the job running ends; never otherwise. */
        long due(Jobs jobs) {
            if (!typed.atOnce()) return Long.MAX_VALUE;
            long patience = jobs.local() ? PATIENCE_LOCAL_MILLIS : PATIENCE_REMOTE_MILLIS;
            return Math.max(arrived, jobs.startedAt()) + TimeUnit.MILLISECONDS.toNanos(patience);
        }
    }

    private final KeyTable keys = KeyTable.defaults();
    private final Session session;
    private final Finder finder;
    private final Messages messages;
    private final BufferedReader in;
    private final LineOutput out;
    private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final Jobs jobs = new Jobs(events::add, this::failed, this::drain);
    private final Reading reading;
    private final Numbered numbered;
    private final LongSupplier clock;
    private boolean askingAddress;
    private boolean emergencyWhileLoading;
    private Ending ending;

    /** Line mode writing lines as they are, unwrapped (for output that is not a terminal). */
    public LineMode(Session session, Finder finder, Messages messages, BufferedReader in, PrintWriter out) {
        this(session, finder, messages, in, out, () -> 0);
    }

    /**
     * @param finder        the library and site searches of {@code chercher}, the library of {@code sauver}
     * @param terminalWidth the columns of the terminal the output goes to, measured again before each
     *                      command; 0: not a terminal, lines are not wrapped
     */
    public LineMode(Session session, Finder finder, Messages messages, BufferedReader in, PrintWriter out,
            IntSupplier terminalWidth) {
        this(session, finder, messages, in, out, terminalWidth, System::nanoTime);
    }

    /** @param clock the time in nanoseconds, as {@link System#nanoTime()} gives it (a load's progress is timed by it) */
    public LineMode(Session session, Finder finder, Messages messages, BufferedReader in, PrintWriter out,
            IntSupplier terminalWidth, LongSupplier clock) {
        this.clock = clock;
        this.session = session;
        this.finder = finder;
        this.messages = messages;
        this.in = in;
        this.out = new LineOutput(out, terminalWidth);
        this.reading = new Reading(messages, this.out);
        this.numbered = new Numbered(messages, this::say);
    }

    public Ending run(String firstSource) {
        return run(firstSource, false);
    }

    /**
     * @param inputAfterFirstPage commands come from the stream the first page is read from
     *                            ({@code -} without a terminal): read them once it is read
     */
    public Ending run(String firstSource, boolean inputAfterFirstPage) {
        say(messages.get("line.welcome"));
        boolean inputStarted = !inputAfterFirstPage;
        if (inputStarted) startInput();
        open(firstSource);
        try {
            while (ending == null) {
                Runnable event = events.poll(untilDue(), TimeUnit.MILLISECONDS);
                if (event != null) event.run();
                answerDue();
                sayProgress();
                if (!inputStarted && !jobs.busy()) {
                    inputStarted = true;
                    startInput();
                }
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            ending = Ending.QUIT;
        } finally {
            jobs.stop();
        }
        return ending;
    }

    private void startInput() {
        LineInput.start(in, line -> Typed.parse(line, keys).last(),
                line -> events.add(() -> typed(Typed.parse(line, keys))),
                () -> events.add(this::endOfInput));
    }

    /** A line arrives: quick exit and cancel act now; the rest runs now, or waits for the job running. */
    private void typed(Typed typed) {
        if (typed.action() == Action.QUICK_EXIT) {
            ending = Ending.QUICK_EXIT;
        } else if (typed.action() == Action.CANCEL) {
            cancel();
        } else if (jobs.busy() || !waiting.isEmpty()) {
            waiting.add(new Waiting(typed, System.nanoTime()));
        } else {
            execute(typed);
        }
    }

    /** End of input: quit, once the commands typed before it have run. */
    private void endOfInput() {
        if (jobs.busy() || !waiting.isEmpty()) {
            waiting.add(new Waiting(Typed.endOfInput(), System.nanoTime()));
        } else {
            ending = Ending.QUIT;
        }
    }

    /** Runs the commands that waited for the job that just ended, until one starts another job. */
    private void drain() {
        while (ending == null && !jobs.busy() && !waiting.isEmpty()) execute(waiting.poll().typed());
    }

    /** Runs TASK on the line thread, between two commands (tests wake the loop with it). */
    void post(Runnable task) {
        events.add(task);
    }

    /** The progress line of the job running (a page load, a search, the library), when one is due. */
    private void sayProgress() {
        if (ending == null) toldProgress().flatMap(p -> p.dueLine(messages)).ifPresent(this::say);
    }

    /**
     * The progress of the job running, when it is told: on a terminal only, as in a file or a pipe
     * lines that depend on the time taken would make each transcript of the same commands different.
     */
    private Optional<Progress> toldProgress() {
        return out.terminal() ? jobs.progress() : Optional.empty();
    }

    /** Milliseconds until the first waiting command or progress line is due (Long.MAX_VALUE: none is). */
    private long untilDue() {
        if (!jobs.busy()) return Long.MAX_VALUE;
        long now = System.nanoTime();
        long first = toldProgress().map(Progress::untilLine).orElse(Long.MAX_VALUE);
        for (Waiting w : waiting) {
            long due = w.due(jobs);
            if (due != Long.MAX_VALUE) first = Math.min(first, Math.max(0, due - now));
        }
        return first == Long.MAX_VALUE ? first : TimeUnit.NANOSECONDS.toMillis(first) + 1;
    }

    /** Commands answered at once whose patience ran out while a job still runs. */
    private void answerDue() {
        if (!jobs.busy()) return;
        long now = System.nanoTime();
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext() && ending == null; ) {
            Waiting w = it.next();
            long due = w.due(jobs);
            if (due != Long.MAX_VALUE && due - now <= 0) {
                it.remove();
                execute(w.typed());
            }
        }
    }

    private void execute(Typed typed) {
        out.measure();
        if (askingAddress && !typed.atOnce()) {
            askingAddress = false;
            if (typed.blank()) say(messages.get("line.open.cancelled"));
            else openTyped(typed.text());
            return;
        }
        if (typed.blank()) {
            reading.more();
            return;
        }
        if (typed.action() == null) {
            say(messages.get("line.unknown", clean(typed.text())));
            return;
        }
        switch (typed.action()) {
            case QUIT -> ending = Ending.QUIT;
            case QUICK_EXIT -> ending = Ending.QUICK_EXIT;
            case CANCEL -> cancel();
            case EMERGENCY -> emergency();
            case HELP -> help();
            case OPEN_ADDRESS -> openAddress(typed.argument());
            case OPEN_NUMBER -> openNumber(Integer.parseInt(typed.argument()));
            case MENU -> menu();
            case LINKS -> links();
            case READ -> read(typed.argument());
            case NEXT_HEADING -> onPage(reading::nextHeading);
            case PREVIOUS_HEADING -> onPage(reading::previousHeading);
            case FIND -> reading.find(typed.argument());
            case BACK -> back();
            case FORWARD -> forward();
            case SEARCH -> search(typed.argument());
            case SAVE -> save();
            case LIBRARY -> library();
            default -> say(messages.get("line.unknown", clean(typed.text())));
        }
    }

    private void cancel() {
        String stopped = jobs.cancel();
        if (stopped != null) {
            say(messages.get(stopped));
            drain();
        } else if (askingAddress) {
            askingAddress = false;
            say(messages.get("line.open.cancelled"));
        } else {
            say(messages.get("line.cancel.nothing"));
        }
    }

    private void openAddress(String address) {
        if (address.isEmpty()) {
            askingAddress = true;
            say(messages.get("line.open.ask"));
        } else {
            openTyped(address);
        }
    }

    private void openTyped(String address) {
        if (TypedAddress.standardInput(address)) say(messages.get("open.stdin"));
        else open(TypedAddress.typed(address));
    }

    private void open(String source) {
        say(messages.get("line.loading"));
        emergencyWhileLoading = false;
        Progress watched = new Progress(Progress.Wait.PAGE, clock);
        jobs.start(Jobs.Kind.PAGE, TypedAddress.local(source), watched, () -> {
            Page page = session.fetch(source, watched.received());
            return () -> opened(page);
        });
    }

    private void opened(Page page) {
        session.show(page);
        say(messages.get("line.loaded"));
        announce(page);
        if (emergencyWhileLoading && !page.contacts().isEmpty()) {
            say(messages.get("line.emergency.arrived", page.contacts().size()));
            EmergencyContacts.pageLines(page.contacts(), messages).forEach(this::say);
        }
        emergencyWhileLoading = false;
    }

    private Runnable failed(Exception failure) {
        String why = failure instanceof SourceException s ? s.message(messages)
                : failure instanceof LibraryException l ? l.message(messages)
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return () -> say(messages.get("line.failed", clean(why)));
    }

    private void announce(Page page) {
        reading.show(page);
        numbered.clear();
        say(messages.get("line.page", PageName.of(page),
                page.links().size(), page.menu().isEmpty() ? 0 : 1));
    }

    /** {@code lire}: the page from its start; {@code lire N}: from line N. */
    private void read(String line) {
        if (line.isEmpty()) onPage(reading::fromStart);
        else if (line.matches("\\d{1,9}")) onPage(() -> reading.from(Integer.parseInt(line)));
        else onPage(() -> reading.from(0));
    }

    /** Does WHAT with the page read, or says there is none. */
    private void onPage(Runnable what) {
        if (session.current().isEmpty()) say(messages.get("line.nopage"));
        else what.run();
    }

    private void menu() {
        List<MenuEntry> menu = session.current().map(Page::menu).orElse(List.of());
        if (menu.isEmpty()) {
            say(messages.get("line.menu.none"));
            return;
        }
        numbered.clear();
        say(messages.get("line.menu.title"));
        numbered.menu(menu, 0);
    }

    private void links() {
        List<Link> links = session.current().map(Page::links).orElse(List.of());
        if (links.isEmpty()) {
            say(messages.get("line.links.none"));
            return;
        }
        numbered.clear();
        say(messages.get("line.links.title", links.size()));
        numbered.links(links);
    }

    private void openNumber(int n) {
        if (!numbered.has(n)) {
            say(messages.get("line.number.none", n));
            return;
        }
        String target = numbered.target(n);
        if (target == null) {
            say(messages.get("line.number.nolink", n));
            return;
        }
        open(target);
    }

    private void back() {
        moved(session.back(), "line.back");
    }

    private void forward() {
        moved(session.forward(), "line.forward");
    }

    /** Announces the PAGE the history moved to ({@code KEY}), or that there was none ({@code KEY.none}). */
    private void moved(Optional<Page> page, String key) {
        page.ifPresentOrElse(p -> {
            say(messages.get(key));
            announce(p);
        }, () -> say(messages.get(key + ".none")));
    }

    /**
     * Searches the library, then the site of the current page (the default site when it has none),
     * and announces each group; the hits of both become one numbered list, so N opens either. Each
     * part runs on the loader thread; {@code annuler} stops it.
     */
    private void search(String text) {
        if (text.isEmpty()) {
            say(messages.get("line.search.empty"));
            return;
        }
        String shown = clean(text);
        numbered.clear();
        jobs.start(Jobs.Kind.LIBRARY_SEARCH, true, new Progress(Progress.Wait.LIBRARY_SEARCH, clock), () -> {
            try {
                List<Hit> hits = finder.library(text, SEARCH_HITS);
                return () -> {
                    say(messages.get("line.search.library", hits.size(), shown));
                    numbered.hits(hits);
                    searchSite(text, shown);
                };
            } catch (LibraryException failure) {
                String why = clean(failure.message(messages));
                return () -> {
                    say(messages.get("line.search.libraryFailed", why));
                    searchSite(text, shown);
                };
            }
        });
    }

    private void searchSite(String text, String shown) {
        Finder.Site site = finder.siteOf(session.current());
        String siteName = site.fallback() ? messages.get("line.search.defaultSite", site.title()) : site.title();
        if (!finder.reachable(site)) {
            say(messages.get("line.search.offline", siteName));
            searched();
            return;
        }
        Progress watched = new Progress(Progress.Wait.SITE_SEARCH, clock);
        jobs.start(Jobs.Kind.SITE_SEARCH, finder.local(site), watched, () -> {
            try {
                List<Hit> hits = finder.site(site, text, SEARCH_HITS, watched.received());
                return () -> {
                    say(messages.get("line.search.site", hits.size(), siteName, shown));
                    numbered.hits(hits);
                    searched();
                };
            } catch (SourceException failure) {
                String why = clean(failure.message(messages));
                return () -> {
                    say(messages.get("line.search.siteFailed", siteName, why));
                    searched();
                };
            }
        });
    }

    private void searched() {
        if (numbered.size() > 0) say(messages.get("line.search.open"));
    }

    /** The saved pages, numbered: N opens page N. Read on the loader thread: a large library takes a moment. */
    private void library() {
        jobs.start(Jobs.Kind.LIBRARY, true, new Progress(Progress.Wait.LIBRARY, clock), () -> {
            List<EntrySummary> saved = finder.librarian().list();
            return () -> showLibrary(saved);
        });
    }

    private void showLibrary(List<EntrySummary> saved) {
        if (saved.isEmpty()) {
            say(messages.get("library.empty"));
            return;
        }
        numbered.clear();
        say(messages.get("line.library.title", saved.size()));
        numbered.library(saved);
    }

    /**
     * Saves the page on the loader thread: a save may wait for the library's lock, held by another
     * liseuse, and meanwhile the emergency list and quick exit must still be answered.
     */
    private void save() {
        Optional<Page> page = session.current();
        if (page.isEmpty()) {
            say(messages.get("line.nopage"));
            return;
        }
        jobs.start(Jobs.Kind.SAVE, true, new Progress(Progress.Wait.SAVE, clock), () -> {
            String said;
            try {
                EntrySummary saved = finder.librarian().save(page.get(), InputStream.nullInputStream());
                said = messages.get("line.save.done", saved.id());
            } catch (LibraryException failure) {
                said = failure.kind() == LibraryException.Kind.DISCREET ? failure.message(messages)
                        : messages.get("line.failed", clean(failure.message(messages)));
            } catch (SourceException failure) {
                said = messages.get("line.failed", clean(failure.message(messages)));
            }
            String answer = said;
            return () -> say(answer);
        });
    }

    /** The emergency list; asked while a page loads, it says the page's own numbers will follow. */
    private void emergency() {
        EmergencyContacts.lines(session, messages).forEach(this::say);
        if (jobs.busyWith(Jobs.Kind.PAGE)) {
            emergencyWhileLoading = true;
            say(messages.get("line.emergency.loading"));
        }
    }

    /** Every line command of the key table with its help text. */
    private void help() {
        say(messages.get("line.help.title"));
        for (Binding binding : keys.bindings()) {
            if (binding.lineWords().isEmpty()) continue;
            say(String.join(", ", binding.lineWords()) + " : " + messages.get(binding.helpKey()));
        }
    }

    /** What the user typed, or text built from it, made safe to show again. */
    private static String clean(String typed) {
        return Sanitizer.inline(typed);
    }

    private void say(String line) {
        out.say(line);
    }
}
