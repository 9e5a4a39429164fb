package fr.liseuse.store;

import fr.liseuse.config.RegularFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A token that changes before every change to the library. The index records the token it was built
 * for; a different token means a writer changed the library (or died while doing so) after the index
 * was last committed, so the index is rebuilt.
 */
final class LibraryState {

    private static final long MAX_BYTES = 1024;

    private final Path file;
    private final AtomicFiles files;

    LibraryState(Path file, AtomicFiles files) {
        this.file = file;
        this.files = files;
    }

    /** The current token; empty for a library that never changed. */
    String read() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return "";
        try {
            return new String(RegularFile.read(file, MAX_BYTES, RegularFile.Links.REFUSE), StandardCharsets.UTF_8).strip();
        } catch (RegularFile.Refused e) {
            // not the file liseuse wrote: the index no longer matches, and the next change replaces it
            return "";
        }
    }

    /** Writes and returns a new token; call with the lock held, before changing anything else. */
    String advance() throws IOException {
        String token = UUID.randomUUID().toString();
        files.write(file, (token + "\n").getBytes(StandardCharsets.UTF_8));
        return token;
    }
}
