package fr.liseuse.ui;

import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.source.SourceException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The state of one reading session, shared by the front ends: current page and back history. */
public final class Session {

    private final PageLoader loader;
    private final InputStream stdin;
    private final Deque<Page> back = new ArrayDeque<>();
    private Page current;

    public Session(PageLoader loader, InputStream stdin) {
        this.loader = loader;
        this.stdin = stdin;
    }

    /** Loads SOURCE and makes it the current page; the previous one goes into the back history. */
    public Page open(String source) throws SourceException {
        Page page = loader.load(source, stdin);
        if (current != null) back.push(current);
        current = page;
        return page;
    }

    public Optional<Page> current() {
        return Optional.ofNullable(current);
    }

    /** Returns to the previous page, if any. */
    public Optional<Page> back() {
        if (back.isEmpty()) return Optional.empty();
        current = back.pop();
        return Optional.of(current);
    }
}
