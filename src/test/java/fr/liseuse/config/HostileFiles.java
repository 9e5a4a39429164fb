package fr.liseuse.config;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Things that can stand in a folder of liseuse's where a file is expected, each of which hung or
 * crashed liseuse once: a named pipe (opening it blocks), a link to {@code /dev/zero} (endless), a
 * folder, and a 3 GB sparse file (takes no disk, but a whole read fills the memory).
 */
public final class HostileFiles {

    public static final long SPARSE_BYTES = 3L << 30;

    private HostileFiles() { }

    /** Creates one of each in {@code folder}, named {@code <kind><suffix>}; returns their paths. */
    public static List<Path> all(Path folder, String suffix) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        return List.of(fifo(folder.resolve("pipe" + suffix)), linkToZero(folder.resolve("zero" + suffix)),
                folder(folder.resolve("folder" + suffix)), sparse(folder.resolve("sparse" + suffix)));
    }

    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) throw new IOException("mkfifo failed");
        return path;
    }

    public static Path linkToZero(Path path) throws IOException {
        return Files.createSymbolicLink(path, Path.of("/dev/zero"));
    }

    public static Path folder(Path path) throws IOException {
        Files.createDirectories(path.resolve("inside"));
        return path;
    }

    public static Path sparse(Path path) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(SPARSE_BYTES);
        }
        return path;
    }
}
