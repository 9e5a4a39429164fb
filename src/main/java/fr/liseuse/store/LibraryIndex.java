package fr.liseuse.store;

import fr.liseuse.config.PrivateFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * The full-text index of the library: derived data in the cache folder. Each commit records the
 * index format and the library token it matches; an index that is missing, unreadable, of another
 * format or behind the library is rebuilt from the entries.
 */
final class LibraryIndex {

    /** Change when fields or analysis change: older indexes are then rebuilt. */
    static final String FORMAT = "liseuse.index/1";
    private static final String FORMAT_KEY = "format";
    private static final String TOKEN_KEY = "library";

    /** Gives every entry of the library to a sink, skipping damaged ones. */
    interface Feed {
        void each(Sink sink) throws IOException;
    }

    interface Sink {
        void add(Entry entry) throws IOException;
    }

    private final Path folder;
    private final Analysis analysis = new Analysis();
    private final Snippets snippets = new Snippets(analysis);

    LibraryIndex(Path folder) {
        this.folder = folder;
    }

    Analysis analysis() {
        return analysis;
    }

    /**
     * True when the index on disk is readable, of this format and built for {@code token}. A folder
     * holding anything but plain files (a link, a named pipe that would block Lucene's reads) is not
     * an index liseuse wrote: it is rebuilt.
     */
    boolean fresh(String token) {
        if (!readable()) return false;
        try (Directory directory = readOnly()) {
            return builtFor(token, SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Replaces the index by one built from every entry, in a new folder: whatever stood at its name
     * (an older index, or a link, which is removed and not followed) goes first. Call with the library
     * lock held.
     */
    void rebuild(String token, Feed all) throws IOException {
        PrivateFiles.freshFolder(folder);
        tightenFolder();
        try (Directory directory = new PrivateIndexDirectory(folder)) {
            fill(directory, token, all);
        }
    }

    /**
     * Applies a change to an index built for {@code expected}; rebuilds instead when the index is not
     * that one. Call with the library lock held.
     */
    void update(String expected, String token, List<Entry> saved, Collection<String> removed, Feed all)
            throws IOException {
        if (!fresh(expected)) {
            rebuild(token, all);
            return;
        }
        tightenFolder();
        try (Directory directory = new PrivateIndexDirectory(folder);
             IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND))) {
            for (String id : removed) writer.deleteDocuments(new Term("id", id));
            for (Entry entry : saved) writer.updateDocument(new Term("id", entry.id()), document(entry));
            commit(writer, token);
        } catch (IOException | RuntimeException e) {
            rebuild(token, all);
        }
    }

    /**
     * Searches the index on disk if it is fresh; empty when it is not (or cannot be read). The index is
     * opened once, for reading only: its last commit says whether it is fresh, nothing is locked.
     */
    Optional<List<LibraryHit>> searchIfFresh(String token, LibraryQuery query, int limit) {
        if (!readable()) return Optional.empty();
        try (Directory directory = readOnly(); DirectoryReader reader = DirectoryReader.open(directory)) {
            if (!builtFor(token, reader.getIndexCommit().getUserData())) return Optional.empty();
            return Optional.of(search(reader, query, limit));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Builds a throw-away index in memory and searches it (discreet mode: nothing goes to disk). */
    List<LibraryHit> searchInMemory(Feed all, LibraryQuery query, int limit) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            fill(directory, "", all);
            return search(directory, query, limit);
        }
    }

    private List<LibraryHit> search(Directory directory, LibraryQuery query, int limit) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return search(reader, query, limit);
        }
    }

    private List<LibraryHit> search(DirectoryReader reader, LibraryQuery query, int limit) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(query.query(), Math.max(1, limit));
        StoredFields stored = searcher.storedFields();
        List<LibraryHit> hits = new ArrayList<>();
        for (ScoreDoc scored : top.scoreDocs) {
            Document doc = stored.document(scored.doc);
            Language language = Language.ofCode(doc.get("lang"));
            String snippet = snippets.around(doc.get("text"), language, query.terms(language));
            String url = doc.get("url");
            hits.add(new LibraryHit(doc.get("id"), doc.get("title"), url.isEmpty() ? null : url, snippet,
                    scored.score));
        }
        return hits;
    }

    private void fill(Directory directory, String token, Feed all) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE))) {
            all.each(entry -> writer.addDocument(document(entry)));
            commit(writer, token);
        }
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analysis.forIndexing()).setOpenMode(mode).setCommitOnClose(false);
    }

    private static void commit(IndexWriter writer, String token) throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, TOKEN_KEY, token).entrySet());
        writer.commit();
    }

    private static Document document(Entry entry) {
        Language language = Language.of(entry.page());
        String address = entry.address();
        Document doc = new Document();
        doc.add(new StringField("id", entry.id(), Field.Store.YES));
        doc.add(new StoredField("lang", language.code()));
        doc.add(new StoredField("title", entry.page().title()));
        doc.add(new StoredField("url", address == null ? "" : address));
        doc.add(new StoredField("text", entry.page().text()));
        doc.add(new TextField(language.titleField(), entry.page().title(), Field.Store.NO));
        doc.add(new TextField(language.textField(), entry.page().text(), Field.Store.NO));
        return doc;
    }

    private boolean readable() {
        return PrivateFiles.isFolder(folder) && plainFilesOnly();
    }

    private static boolean builtFor(String token, Map<String, String> commitData) {
        return FORMAT.equals(commitData.get(FORMAT_KEY)) && token.equals(commitData.get(TOKEN_KEY));
    }

    /**
     * The index for reading, with no lock factory (reading takes no lock). NIOFSDirectory rather than
     * FSDirectory.open's MMapDirectory: on JDK 21+ the latter maps files through the foreign-memory
     * API, and for an index of a few hundred kilobytes read once by a fresh process, setting that up
     * costs more than the reads it saves (see BENCHMARKS.md, "Offline library benchmarks").
     */
    private Directory readOnly() throws IOException {
        return new NIOFSDirectory(folder, NoLockFactory.INSTANCE);
    }

    private boolean plainFilesOnly() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An index written by an older liseuse may be readable by others: made private, with the cache
     * folder that holds it (liseuse's own), before it grows.
     */
    private void tightenFolder() throws IOException {
        PrivateFiles.tighten(folder.getParent());
        PrivateFiles.tighten(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) PrivateFiles.tighten(file);
        }
    }
}
