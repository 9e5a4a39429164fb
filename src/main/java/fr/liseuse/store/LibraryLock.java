package fr.liseuse.store;

import fr.liseuse.config.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;

/**
 * Exclusive access to the library across processes: an OS lock on {@code library/lock}, released by
 * the OS when the holder dies (even by SIGKILL). A busy lock is polled until the timeout; the caller
 * is told once that it waits.
 */
final class LibraryLock implements AutoCloseable {

    private static final long POLL_MILLIS = 25;

    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LibraryLock acquire(Path file, Duration timeout, LibraryEvents events) throws LibraryException {
        FileChannel channel;
        try {
            // a link or a named pipe at the lock's name would lead the write elsewhere or block the open
            PrivateFiles.plainFileOrNothing(file);
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS), PrivateFiles.fileAttributes(file.toAbsolutePath().getParent()));
            PrivateFiles.tighten(file);
        } catch (IOException e) {
            throw LibraryException.failed(e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) return new LibraryLock(channel, lock);
                if (System.nanoTime() - deadline > 0) {
                    throw new LibraryException(LibraryException.Kind.BUSY, "library.busy", timeout.toSeconds());
                }
                if (!told) {
                    events.waiting();
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw LibraryException.failed(e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            Thread.currentThread().interrupt();
            throw new LibraryException(LibraryException.Kind.BUSY, "library.busy", timeout.toSeconds());
        } catch (LibraryException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Null when another process, or another library object of this process, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
