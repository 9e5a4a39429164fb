package fr.liseuse.store;

import fr.liseuse.config.PrivateFiles;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.store.OutputStreamIndexOutput;

/**
 * The index folder as Lucene writes it, but with every file created 0600 (Lucene's own outputs take
 * the umask, 0644 usually, and the index holds the text of every saved page). Lucene's lock file is
 * not used: every write to the index happens under the library lock already. Files are read back
 * (merges, commits) through NIOFSDirectory, as searches read them, rather than mapped through the
 * foreign-memory API, whose set-up costs a cold process more than it saves on a small index.
 */
final class PrivateIndexDirectory extends FilterDirectory {

    /** Lucene's own chunk size for file outputs. */
    private static final int CHUNK = 8192;

    private final Path folder;
    private final AtomicLong tempCounter = new AtomicLong();

    /** Call it only for a folder checked to be liseuse's own (not a link), with the library lock held. */
    PrivateIndexDirectory(Path folder) throws IOException {
        super(new NIOFSDirectory(folder, NoLockFactory.INSTANCE));
        this.folder = folder;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        ensureOpen();
        Path file = folder.resolve(name);
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PrivateFiles.fileAttributes(folder));
        return new OutputStreamIndexOutput("PrivateIndexDirectory(" + file + ")", name, Channels.newOutputStream(channel), CHUNK);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        ensureOpen();
        while (true) {
            try {
                return createOutput(getTempFileName(prefix, suffix, tempCounter.getAndIncrement()), context);
            } catch (FileAlreadyExistsException taken) {
                // another name, as Lucene's own directories do
            }
        }
    }
}
