package fr.liseuse.ui;

import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.source.SourceException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The state of one reading session, shared by the front ends: current page, back and forward history.
 * Loading ({@link #fetch}) touches no state, so a front end may run it on another thread and
 * {@link #show} the page afterwards on its own thread (or drop it when the user cancelled).
 */
public final class Session {

    private final PageLoader loader;
    private final InputStream stdin;
    private final Deque<Page> back = new ArrayDeque<>();
    private final Deque<Page> forward = new ArrayDeque<>();
    private final List<PersonalContact> personalContacts;
    private Page current;

    public Session(PageLoader loader, InputStream stdin) {
        this(loader, stdin, List.of());
    }

    /** @param personalContacts the user's own numbers (a trusted person…), shown first in the emergency panel */
    public Session(PageLoader loader, InputStream stdin, List<PersonalContact> personalContacts) {
        this.personalContacts = List.copyOf(personalContacts);
        this.loader = loader;
        this.stdin = stdin;
    }

    public List<PersonalContact> personalContacts() {
        return personalContacts;
    }

    /** Loads SOURCE and makes it the current page; the previous one goes into the back history. */
    public Page open(String source) throws SourceException {
        Page page = fetch(source);
        show(page);
        return page;
    }

    /** Loads SOURCE without changing the session. */
    public Page fetch(String source) throws SourceException {
        return loader.load(source, stdin);
    }

    /** Makes PAGE the current page: the previous one goes into the back history, forward is forgotten. */
    public void show(Page page) {
        if (current != null) back.push(current);
        forward.clear();
        current = page;
    }

    public Optional<Page> current() {
        return Optional.ofNullable(current);
    }

    /** Returns to the previous page, if any; the page left can be reached again with {@link #forward()}. */
    public Optional<Page> back() {
        if (back.isEmpty()) return Optional.empty();
        forward.push(current);
        current = back.pop();
        return Optional.of(current);
    }

    /** Goes again to the page left by the last {@link #back()}, if any. */
    public Optional<Page> forward() {
        if (forward.isEmpty()) return Optional.empty();
        back.push(current);
        current = forward.pop();
        return Optional.of(current);
    }
}
