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

    /** Saves the pages (a page saved before, same address, is replaced and keeps its id). */
    public List<EntrySummary> save(List<NewEntry> pages) throws LibraryException {
        refuseWhenDiscreet();
        List<PageText> texts = new ArrayList<>();
        for (NewEntry page : pages) {
            // what could not be read back is not written
            if (!EntryFormat.fits(page)) {
                throw new LibraryException(LibraryException.Kind.DAMAGED, "library.tooLarge",
                        Sanitizer.inline(String.valueOf(page.capture().source())), new ByteSize(EntryFormat.MAX_BYTES));
            }
            texts.add(parse(page.pageJson()));
        }
        try (LibraryLock lock = lock()) {
            String before = state.read();
            String after = state.advance();
            List<Entry> written = new ArrayList<>();
            Instant savedAt = Instant.EPOCH;
            for (int i = 0; i < pages.size(); i++) {
                NewEntry page = pages.get(i);
                String key = key(texts.get(i), page);
                // one millisecond apart at least, so the list keeps the order in which they were given
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                savedAt = now.isAfter(savedAt) ? now : savedAt.plusMillis(1);
                Entry entry = new Entry(idFor(key), key, savedAt, page.capture(), texts.get(i), page.pageJson(),
                        page.raw());
                files.replace(file(entry.id()), format.encode(entry));
                written.add(entry);
            }
            AtomicFiles.syncFolder(folder);
            updateIndex(before, after, written, List.of());
            return written.stream().map(Entry::summary).toList();
        } catch (IOException e) {
            throw LibraryException.failed(e);
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
