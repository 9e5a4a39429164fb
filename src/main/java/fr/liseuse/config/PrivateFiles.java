package fr.liseuse.config;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * How liseuse writes to its folders: what it creates is private to the user from the first instant
 * (folders 0700, files 0600, given to the system call that creates them, so whatever the umask there is
 * no moment when another user could open them), and what it finds looser is tightened when it writes
 * there again. The saved pages and their index say what someone reads. On a file system without POSIX
 * permissions (FAT, Windows) files are created with the system's defaults.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() { }

    /**
     * Makes sure {@code folder} exists and is private: missing folders (parents too, as the XDG base
     * directory specification asks) are created 0700; an existing one loses its group and other rights.
     */
    public static void folder(Path folder) throws IOException {
        Files.createDirectories(folder, attributes(folder, FOLDER));
        tighten(folder);
    }

    /**
     * Makes {@code folder} a private folder of its own, replacing whatever stands at that name: a link is
     * removed (never followed, so what it points to is left alone), as is a file or a folder with its
     * contents.
     */
    public static void freshFolder(Path folder) throws IOException {
        removeTree(folder);
        folder(folder);
    }

    /** True when {@code path} is a folder itself, not a link to one. */
    public static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Clears the way for a file liseuse keeps at {@code file}: anything there that is not a plain file
     * (a link, a named pipe, an empty folder) is removed, so opening the name cannot lead elsewhere or
     * block. A folder with contents is left and the caller's write fails.
     */
    public static void plainFileOrNothing(Path file) throws IOException {
        try {
            BasicFileAttributes found = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!found.isRegularFile()) Files.delete(file);
        } catch (NoSuchFileException absent) {
            // nothing in the way
        }
    }

    /** The attributes that create a file 0600 in {@code folder} (none on a file system without POSIX rights). */
    public static FileAttribute<?>[] fileAttributes(Path folder) {
        return attributes(folder, FILE);
    }

    /**
     * Removes group and other rights from a plain file or folder of liseuse's; a link or anything else
     * is left as is. Best effort: a file of another owner or a file system without rights stays as it
     * is, and the write that follows goes on.
     */
    public static void tighten(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) return;
        try {
            PosixFileAttributes found = view.readAttributes();
            if (!found.isRegularFile() && !found.isDirectory()) return;
            Set<PosixFilePermission> rights = EnumSet.noneOf(PosixFilePermission.class);
            rights.addAll(found.permissions());
            if (rights.removeAll(OTHERS)) view.setPermissions(rights);
        } catch (IOException | SecurityException e) {
            // not ours to change; what liseuse creates inside is private anyway
        }
    }

    /** RIGHTS for what is created at WHERE, when its file system has POSIX rights. */
    private static FileAttribute<?>[] attributes(Path where, Set<PosixFilePermission> rights) {
        return posix(where) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(rights)} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Deletes {@code path} and, for a folder, what it holds; links inside are removed, never followed. */
    private static void removeTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null) throw failure;
                Files.deleteIfExists(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
