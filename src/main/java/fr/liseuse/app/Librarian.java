package fr.liseuse.app;

import fr.liseuse.model.Page;
import fr.liseuse.model.Place;
import fr.liseuse.render.JsonRenderer;
import fr.liseuse.source.Fetched;
import fr.liseuse.source.LibraryLookup;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.Capture;
import fr.liseuse.store.Entry;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryException;
import fr.liseuse.store.LibraryHit;
import fr.liseuse.store.NewEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The library use cases: save pages (raw bytes, fetch details and the extracted page), list, remove,
 * clear, search, and open saved pages by id as SOURCEs.
 */
public final class Librarian {

    /** Hears about each SOURCE of a save, in order. */
    public interface SaveListener {
        /** SOURCE, item POSITION (from 1) of TOTAL, is being loaded. */
        default void loading(String source, int position, int total) { }

        void saved(String source, EntrySummary entry);

        void failed(String source, SourceException failure);
    }

    private final PageLoader loader;
    private final Library library;

    public Librarian(PageLoader loader, Library library) {
        this.loader = loader;
        this.library = library;
    }

    /**
     * Loads and saves each SOURCE, one page at a time: each is written as soon as it is read (the lock
     * is never held while the network is slow, and a long save holds one page in memory). A source that
     * cannot be read is reported to the listener and the others are still saved; a library failure
     * (discreet mode, lock timeout, disk) stops the save.
     */
    public void save(List<String> sources, InputStream stdin, SaveListener listener) throws LibraryException {
        Library.Saving saving = library.saving();
        BatchHeap heap = new BatchHeap();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            if (i > 0) heap.betweenPages();
            listener.loading(source, i + 1, sources.size());
            Optional<Entry> stored = library.find(source);
            if (stored.isPresent()) {
                listener.saved(source, stored.get().summary());
                continue;
            }
            NewEntry entry;
            try {
                entry = entry(loader.loadWithBytes(source, stdin));
            } catch (SourceException failure) {
                listener.failed(source, failure);
                continue;
            }
            listener.saved(source, saving.add(entry));
        }
        saving.finish();
    }

    /** Saves a page the reader shows, from the bytes already loaded when they are still remembered. */
    public EntrySummary save(Page page, InputStream stdin) throws LibraryException, SourceException {
        library.checkWritable();
        Optional<Entry> stored = library.find(page.source());
        if (stored.isPresent()) return stored.get().summary();
        Loaded loaded = loader.recent(page.source()).orElse(null);
        if (loaded == null) loaded = loader.loadWithBytes(page.source(), stdin);
        return library.save(List.of(entry(loaded))).get(0);
    }

    public List<EntrySummary> list() throws LibraryException {
        return library.list();
    }

    /** Removes the entries; returns the ids that had none. */
    public List<String> remove(Collection<String> ids) throws LibraryException {
        return library.remove(ids);
    }

    /** Where the reader left the saved page ID, if it was read before. */
    public Optional<Place> place(String id) {
        return library.place(id);
    }

    /** Records where the reader left the saved page ID (discreet mode: for this process only). */
    public void keepPlace(String id, Place place) throws LibraryException {
        library.keepPlace(id, place);
    }

    public int clear() throws LibraryException {
        return library.clear();
    }

    public boolean searchable(String query) throws LibraryException {
        return library.searchable(query);
    }

    public List<LibraryHit> search(String query, int limit) throws LibraryException {
        return library.search(query, limit);
    }

    /** Library ids as SOURCEs: the saved raw bytes, extracted again like any other page. */
    public static LibraryLookup lookup(Library library) {
        return id -> {
            try {
                return library.find(id).map(entry -> new Fetched(id, entry.capture().url(), entry.raw(),
                        entry.capture().contentType(), entry.capture().charset()));
            } catch (LibraryException failure) {
                throw new SourceException(SourceException.Kind.REJECTED, "library.unreadable", id)
                        .withCause(failure);
            }
        };
    }

    private static NewEntry entry(Loaded loaded) {
        Fetched fetched = loaded.fetched();
        Capture capture = new Capture(fetched.source(), fetched.baseUri(), fetched.contentType(),
                fetched.declaredCharset(), loaded.fetchedAt());
        return new NewEntry(capture, pageJson(loaded.page()), fetched.body());
    }

    private static String pageJson(Page page) {
        StringBuilder json = new StringBuilder();
        try {
            new JsonRenderer().render(page, json);
        } catch (IOException impossible) {
            throw new IllegalStateException("a StringBuilder does not fail", impossible);
        }
        return json.toString().strip();
    }
}
