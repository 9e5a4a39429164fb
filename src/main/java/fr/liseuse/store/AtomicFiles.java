package fr.liseuse.store;

import fr.liseuse.config.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Durable file replacement: the bytes go to a temporary file in the same folder, are forced to the
 * disk, then the file is renamed over the target in one atomic step and the folder entry is forced
 * too. A process killed at any moment leaves the old file or the new one, never a mix; at worst a
 * temporary file stays behind, which {@link #removeLeftovers} deletes later. New files are private
 * (0600) from their creation, and the rename replaces whatever had the target's name (a link
 * included) without following it.
 */
final class AtomicFiles {

    static final String TEMP_PREFIX = ".tmp-";

    /** Set up at the first write: the security providers cost the start-up of every command otherwise. */
    private static final class Names {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /** Writes {@code parts} one after the other into {@code target}, atomically and durably. */
    void write(Path target, byte[]... parts) throws IOException {
        replace(target, parts);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Like {@link #write} but leaves the folder unsynced, for writing many files: the caller calls
     * {@link #syncFolder} once after the last one. Each file is still whole or absent after a crash.
     */
    void replace(Path target, byte[]... parts) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        byte[] suffix = new byte[6];
        Names.RANDOM.nextBytes(suffix);
        Path temp = folder.resolve(TEMP_PREFIX + target.getFileName() + "-" + HexFormat.of().formatHex(suffix));
        try {
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PrivateFiles.fileAttributes(folder))) {
                for (byte[] part : parts) {
                    ByteBuffer buffer = ByteBuffer.wrap(part);
                    while (buffer.hasRemaining()) channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes {@code file} if present and makes the deletion durable. */
    void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) syncFolder(file.toAbsolutePath().getParent());
    }

    /** Deletes temporary files left by killed writers; only call while holding the library lock. */
    static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                if (!PrivateFiles.isFolder(temp)) Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on exotic file systems: a plain replace is the best left
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces the folder's entries (the rename) to the disk; some systems cannot open folders. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows): the rename is still atomic, only its durability is weaker
        }
    }
}
