package fr.liseuse.ui;

import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.model.Place;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.PersonalContacts;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The state of one reading session, shared by the front ends: current page, back and forward history,
 * and where the reader was in each page of that history ({@link #remember}, {@link #place}).
 * Loading ({@link #fetch}) touches no state, so a front end may run it on another thread and
 * {@link #show} the page afterwards on its own thread (or drop it when the user cancelled).
 */
public final class Session {

    private final PageLoader loader;
    private final InputStream stdin;
    private final Deque<Visit> back = new ArrayDeque<>();
    private final Deque<Visit> forward = new ArrayDeque<>();
    private final PersonalContacts.Loaded personalContacts;
    private Visit current;

    /** One page of the history and where the reader left it. */
    private static final class Visit {
        final Page page;
        Place place;

        Visit(Page page, Place place) {
            this.page = page;
            this.place = place;
        }
    }
    private String prefetched;
    private FutureTask<Page> prefetch;
    private Received prefetchReceived;

    public Session(PageLoader loader, InputStream stdin) {
        this(loader, stdin, PersonalContacts.Loaded.none());
    }

    /**
     * @param personalContacts the user's own numbers (a trusted person…) for the emergency list, with
     *                         what went wrong reading them (shown in the list itself)
     */
    public Session(PageLoader loader, InputStream stdin, PersonalContacts.Loaded personalContacts) {
        this.personalContacts = personalContacts;
        this.loader = loader;
        this.stdin = stdin;
    }

    public List<PersonalContact> personalContacts() {
        return personalContacts.contacts();
    }

    /** The user's contacts with what went wrong reading them, for the emergency list. */
    public PersonalContacts.Loaded personal() {
        return personalContacts;
    }

    /** Loads SOURCE and makes it the current page; the previous one goes into the back history. */
    public Page open(String source) throws SourceException {
        Page page = fetch(source);
        show(page);
        return page;
    }

    /**
     * Starts loading SOURCE on a thread of its own, for the next {@link #fetch} of the same SOURCE:
     * the full-screen reader loads its first page while it sets the terminal up (a tenth of a second
     * of work on each side). Standard input is never read early.
     */
    public synchronized void prefetch(String source) {
        if (source.equals("-")) return;
        Received received = new Received();
        FutureTask<Page> task = new FutureTask<>(() -> loader.load(source, stdin, received));
        Thread thread = new Thread(task, "liseuse-prefetch");
        thread.setDaemon(true);
        thread.start();
        prefetched = source;
        prefetch = task;
        prefetchReceived = received;
    }

    /** Loads SOURCE without changing the session (or takes it from the {@link #prefetch} of it). */
    public Page fetch(String source) throws SourceException {
        return fetch(source, Received.unwatched());
    }

    /** The same, RECEIVED counting the bytes that come from the network meanwhile (for a progress message). */
    public Page fetch(String source, Received received) throws SourceException {
        FutureTask<Page> early = takePrefetch(source, received);
        return early == null ? loader.load(source, stdin, received) : await(early);
    }

    /** The prefetch of SOURCE, if any, its count of bytes then told by RECEIVED. */
    private synchronized FutureTask<Page> takePrefetch(String source, Received received) {
        FutureTask<Page> early = source.equals(prefetched) ? prefetch : null;
        if (early != null) received.follow(prefetchReceived);
        prefetched = null;
        prefetch = null;
        prefetchReceived = null;
        return early;
    }

    private static Page await(FutureTask<Page> task) throws SourceException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);   // the fetch is given up: stop it too
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SourceException failure) throw failure;
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error failure) throw failure;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Makes PAGE the current page: the previous one goes into the back history, forward is forgotten. */
    public void show(Page page) {
        show(page, Place.TOP);
    }

    /** The same, the page to be shown at PLACE (a saved page reopened where it was left). */
    public void show(Page page, Place place) {
        if (current != null) back.push(current);
        forward.clear();
        current = new Visit(page, place);
    }

    public Optional<Page> current() {
        return Optional.ofNullable(current).map(v -> v.page);
    }

    /** Records where the reader is in the current page, for when the history brings it back. */
    public void remember(Place place) {
        if (current != null) current.place = place;
    }

    /** Where the reader was in the current page when last there; the top for a page never left. */
    public Place place() {
        return current == null ? Place.TOP : current.place;
    }

    /** Returns to the previous page, if any; the page left can be reached again with {@link #forward()}. */
    public Optional<Page> back() {
        if (back.isEmpty()) return Optional.empty();
        forward.push(current);
        current = back.pop();
        return Optional.of(current.page);
    }

    /** Goes again to the page left by the last {@link #back()}, if any. */
    public Optional<Page> forward() {
        if (forward.isEmpty()) return Optional.empty();
        back.push(current);
        current = forward.pop();
        return Optional.of(current.page);
    }
}
