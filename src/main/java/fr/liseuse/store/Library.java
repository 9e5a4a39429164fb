package fr.liseuse.store;

import fr.liseuse.config.PrivateFiles;
import fr.liseuse.config.Settings;
import fr.liseuse.model.Place;
import fr.liseuse.text.ByteSize;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogManager;

/**
 * The offline library: one file per saved page in {@code library/}, written atomically under a lock
 * shared by every liseuse process, and a search index derived from them in the cache folder.
 * Readers take no lock: entries are replaced by atomic renames, so they always see whole files.
 * In discreet mode nothing is written: changes are refused, searches use an index built in memory
 * when the one on disk is not up to date.
 */
public final class Library {

    private final Settings settings;
    private final Path folder;
    private final LibraryEvents events;
    private final AtomicFiles files = new AtomicFiles();
    private final EntryFormat format = new EntryFormat();
    private final FlatJson json = new FlatJson();
    private final LibraryState state;
    private final ReadingPlaces places;
    private LibraryIndex index;

    public Library(Settings settings, LibraryEvents events) {
        this.settings = settings;
        this.folder = settings.paths().library();
        this.events = events;
        this.state = new LibraryState(folder.resolve("state"), files);
        this.places = new ReadingPlaces(folder.resolve("places"), files, settings.discreet());
    }

    /** Where the reader left the saved page ID, if it was read before. */
    public Optional<Place> place(String id) {
        return Ids.looksLikeId(id) ? places.find(id) : Optional.empty();
    }

    /**
     * Records where the reader left the saved page ID; in discreet mode for this process only, nothing
     * written. Nothing is recorded for an id the library does not hold.
     */
    public void keepPlace(String id, Place place) throws LibraryException {
        if (!Ids.looksLikeId(id)) return;
        try {
            if (settings.discreet()) {
                places.keep(id, place);
                return;
            }
            if (!Files.exists(file(id), LinkOption.NOFOLLOW_LINKS)) return;
            try (LibraryLock lock = lock()) {
                places.keep(id, place);
            }
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
    }

    /**
     * Saves the pages (a page saved before, same address, is replaced and keeps its id). None is
     * written when one of them is too large to be read back.
     */
    public List<EntrySummary> save(List<NewEntry> pages) throws LibraryException {
        Saving saving = saving();
        for (NewEntry page : pages) checkFits(page);
        List<EntrySummary> saved = new ArrayList<>();
        for (NewEntry page : pages) saved.add(saving.add(page));
        saving.finish();
        return saved;
    }

    /** Starts a save of pages given one at a time (see {@link Saving}). */
    public Saving saving() throws LibraryException {
        refuseWhenDiscreet();
        return new Saving();
    }

    /**
     * A save of many pages given one at a time. Each page is written to its file (whole, atomically)
     * as soon as it is given, so a long save keeps no page in memory and a process killed midway
     * loses none of the pages it had saved. The search index is brought up to date a few pages at a
     * time and at {@link #finish}; until then the library's state token says the index is behind, so a
     * search in between, or after a kill, rebuilds it from the entries.
     */
    public final class Saving {

        /** Pages saved before the index is brought up to date, at most; fewer when their text is long. */
        private static final int INDEX_EVERY = 25;
        private static final long INDEX_CHARS = 2L << 20;

        /** The token the index matched before this save's first unindexed page; null before any. */
        private String indexedFor;
        /** The token this save last wrote. */
        private String last;
        /** No other process changed the library since {@link #indexedFor}. */
        private boolean alone = true;
        private final List<Entry> unindexed = new ArrayList<>();
        private long unindexedChars;
        private Instant savedAt = Instant.EPOCH;

        private Saving() { }

        /** Writes PAGE into the library now. */
        public EntrySummary add(NewEntry page) throws LibraryException {
            checkFits(page);
            PageText text = parse(page.pageJson());
            try (LibraryLock lock = lock()) {
                String before = state.read();
                if (indexedFor == null) indexedFor = before;
                else if (!before.equals(last)) alone = false;
                last = state.advance();
                String key = key(text, page);
                // one millisecond apart at least, so the list keeps the order in which they were given
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                savedAt = now.isAfter(savedAt) ? now : savedAt.plusMillis(1);
                Entry entry = new Entry(idFor(key), key, savedAt, page.capture(), text, page.pageJson(), page.raw());
                files.replace(file(entry.id()), format.encode(entry));
                AtomicFiles.syncFolder(folder);
                // what the index needs of it; its bytes and JSON are not kept
                unindexed.add(new Entry(entry.id(), key, savedAt, page.capture(), text, "", new byte[0]));
                unindexedChars += text.text().length();
                if (unindexed.size() >= INDEX_EVERY || unindexedChars >= INDEX_CHARS) index();
                return entry.summary();
            } catch (IOException e) {
                throw LibraryException.failed(e);
            }
        }

        /** Brings the index up to date with the pages saved. */
        public void finish() throws LibraryException {
            if (unindexed.isEmpty()) return;
            try (LibraryLock lock = lock()) {
                index();
            }
        }

        /** Call with the lock held. */
        private void index() {
            String token = state.read();
            if (alone && token.equals(last)) {
                updateIndex(indexedFor, token, unindexed, List.of());
            } else {
                // another writer changed the library meanwhile: the index is rebuilt from every entry
                rebuildIndex(token);
            }
            indexedFor = token;
            last = token;
            alone = true;
            unindexed.clear();
            unindexedChars = 0;
        }
    }

    private static void checkFits(NewEntry page) throws LibraryException {
        // what could not be read back is not written
        if (!EntryFormat.fits(page)) {
            throw new LibraryException(LibraryException.Kind.DAMAGED, "library.tooLarge",
                    Sanitizer.inline(String.valueOf(page.capture().source())), new ByteSize(EntryFormat.MAX_BYTES));
        }
    }

    /** Every readable entry, oldest first; damaged entries are reported and skipped. */
    public List<EntrySummary> list() throws LibraryException {
        List<EntrySummary> entries = new ArrayList<>();
        try {
            for (Path file : entryFiles()) {
                try {
                    entries.add(format.summary(file));
                } catch (DamagedEntryException e) {
                    events.damaged(file.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
        entries.sort(Comparator.comparing(EntrySummary::savedAt).thenComparing(EntrySummary::id));
        return entries;
    }

    /** The entry with that id, or empty when there is none. */
    public Optional<Entry> find(String id) throws LibraryException {
        if (!Ids.looksLikeId(id)) return Optional.empty();
        Path file = file(id);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            return Optional.of(format.read(file));
        } catch (DamagedEntryException e) {
            events.damaged(file.getFileName().toString());
            throw new LibraryException(LibraryException.Kind.DAMAGED, "library.damaged", id);
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
    }

    /** Removes the entries with these ids; returns the ids that had no entry. */
    public List<String> remove(Collection<String> ids) throws LibraryException {
        refuseWhenDiscreet();
        List<String> missing = new ArrayList<>();
        if (!Files.isDirectory(folder)) return List.copyOf(ids);
        try (LibraryLock lock = lock()) {
            String before = state.read();
            String after = state.advance();
            List<String> removed = new ArrayList<>();
            for (String id : ids) {
                Path file = file(id);
                if (Ids.looksLikeId(id) && Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !PrivateFiles.isFolder(file)) {
                    files.delete(file);
                    removed.add(id);
                } else {
                    missing.add(id);
                }
            }
            updateIndex(before, after, List.of(), removed);
            places.forget(removed);
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
        return missing;
    }

    /** Removes every entry; returns how many there were. */
    public int clear() throws LibraryException {
        refuseWhenDiscreet();
        if (!Files.isDirectory(folder)) return 0;
        try (LibraryLock lock = lock()) {
            String after = state.advance();
            int count = 0;
            for (Path file : entryFiles()) {
                if (PrivateFiles.isFolder(file)) continue;
                files.delete(file);
                count++;
            }
            index().rebuild(after, sink -> { });
            return count;
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
    }

    /** False when the query holds no word worth searching (only stop words, punctuation). */
    public boolean searchable(String query) throws LibraryException {
        try {
            return LibraryQuery.of(query, index().analysis()).searchable();
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
    }

    /**
     * The best {@code limit} pages for the query, best first. Rebuilds the index first when it is
     * missing, damaged or behind the library (in memory only, in discreet mode).
     */
    public List<LibraryHit> search(String text, int limit) throws LibraryException {
        try {
            LibraryQuery query = LibraryQuery.of(text, index().analysis());
            if (!query.searchable()) return List.of();
            Optional<List<LibraryHit>> hits = index().searchIfFresh(state.read(), query, limit);
            if (hits.isPresent()) return hits.get();
            if (!Files.isDirectory(folder)) return List.of();
            if (settings.discreet()) return index().searchInMemory(this::feed, query, limit);
            try (LibraryLock lock = lock()) {
                String token = state.read();
                hits = index().searchIfFresh(token, query, limit);
                if (hits.isPresent()) return hits.get();
                index().rebuild(token, this::feed);
                return index().searchIfFresh(token, query, limit).orElse(List.of());
            }
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
    }

    private void updateIndex(String before, String after, List<Entry> saved, List<String> removed) {
        try {
            index().update(before, after, saved, removed, this::feed);
        } catch (IOException e) {
            // the entries are safe; the index is derived data and is rebuilt at the next search
        }
    }

    private void rebuildIndex(String token) {
        try {
            index().rebuild(token, this::feed);
        } catch (IOException e) {
            // as above
        }
    }

    /** Gives SINK every readable entry (an index being built), telling the events how far it went. */
    private void feed(LibraryIndex.Sink sink) throws IOException {
        List<Path> files = entryFiles();
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                try {
                    Entry entry = format.read(file);
                    sink.add(entry);
                    events.indexing(i + 1, files.size(), entry.capture().source());
                } catch (DamagedEntryException e) {
                    events.damaged(file.getFileName().toString());
                }
            }
        } finally {
            events.indexed();
        }
    }

    private LibraryIndex index() {
        if (index == null) {
            // Lucene logs through java.util.logging on recent JDKs (MemorySegment, Vector API notices):
            // those lines would land on the terminal and break the full-screen reader.
            LogManager.getLogManager().reset();
            index = new LibraryIndex(settings.paths().index());
        }
        return index;
    }

    private LibraryLock lock() throws LibraryException {
        try {
            PrivateFiles.folder(folder);
            PrivateFiles.tighten(settings.paths().data());
            LibraryLock lock = LibraryLock.acquire(folder.resolve("lock"), settings.lockTimeout(), events);
            AtomicFiles.removeLeftovers(folder);
            return lock;
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
    }

    private String idFor(String key) throws IOException {
        List<String> candidates = Ids.candidates(key);
        for (String id : candidates) {
            Path file = file(id);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return id;
            try {
                if (format.key(file).equals(key)) return id;
            } catch (DamagedEntryException e) {
                return id;
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    /** The page's address decides what counts as the same page; without one, its bytes do. */
    private static String key(PageText text, NewEntry page) {
        if (text.url() != null && !text.url().isBlank()) return text.url();
        String fetched = page.capture().url();
        if (fetched != null && !fetched.isBlank()) return fetched;
        return "sha256:" + Ids.sha256(page.raw());
    }

    private PageText parse(String pageJson) throws LibraryException {
        try {
            return PageText.parse(pageJson, json);
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
    }

    private List<Path> entryFiles() throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + EntryFormat.SUFFIX)) {
            for (Path file : stream) entries.add(file);
        }
        return entries;
    }

    private Path file(String id) {
        return folder.resolve(id + EntryFormat.SUFFIX);
    }

    /** Throws {@code DISCREET} when the library may not be changed (discreet mode). */
    public void checkWritable() throws LibraryException {
        refuseWhenDiscreet();
    }

    private void refuseWhenDiscreet() throws LibraryException {
        if (settings.discreet()) throw new LibraryException(LibraryException.Kind.DISCREET, "library.discreet");
    }
}
