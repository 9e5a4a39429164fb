package fr.liseuse.config;

import fr.liseuse.text.ByteSize;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * The one way liseuse reads a file of its folders (library entries, site profiles, settings,
 * contacts): only a plain file, only up to a size cap. Anything else is refused before it is opened,
 * so a named pipe cannot block the program, a link to {@code /dev/zero} or a huge sparse file cannot
 * fill the memory, and a folder gives a reason instead of an error. The checks look at the file itself
 * (never following a link) and the file is opened without following a link, so what is read is what
 * was checked; a file that grew past the cap meanwhile is refused after reading at most one byte more.
 */
public final class RegularFile {

    /** Whether a symbolic link may stand for the file. */
    public enum Links {
        /** The user's own files: a link to a plain file is read (dotfile managers make such links). */
        FOLLOW,
        /** Files liseuse wrote itself: a link there is not liseuse's, it is refused. */
        REFUSE
    }

    /** Why a file was not read; {@link #reason} says it in a few words, in the UI language. */
    public static final class Refused extends IOException {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(Messages.english().get(key, args));
            this.key = key;
            this.args = args.clone();
        }

        public String reason(Messages messages) {
            return messages.get(key, args);
        }
    }

    /** An opened file and its size, as checked. */
    public record Opened(InputStream stream, long size) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    private RegularFile() { }

    /** The whole file, when it is a plain file of at most {@code cap} bytes. */
    public static byte[] read(Path file, long cap, Links links) throws Refused {
        try (Opened opened = open(file, cap, links)) {
            byte[] bytes = opened.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, cap + 1));
            if (bytes.length > cap) throw tooLarge(cap);
            return bytes;
        } catch (Refused e) {
            throw e;
        } catch (IOException | SecurityException e) {
            throw new Refused("file.unreadable");
        }
    }

    /** Opens the file for reading after the checks of {@link #read}; the caller reads what it needs. */
    public static Opened open(Path file, long cap, Links links) throws Refused {
        try {
            Path target = links == Links.FOLLOW && Files.isSymbolicLink(file) ? file.toRealPath() : file;
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) throw new Refused("file.link");
            if (attributes.isDirectory()) throw new Refused("file.folder");
            if (!attributes.isRegularFile()) throw new Refused("file.special");
            if (attributes.size() > cap) throw tooLarge(cap);
            FileChannel channel = FileChannel.open(target, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
            return new Opened(Channels.newInputStream(channel), attributes.size());
        } catch (Refused e) {
            throw e;
        } catch (IOException | SecurityException e) {
            throw new Refused("file.unreadable");
        }
    }

    private static Refused tooLarge(long cap) {
        return new Refused("file.tooLarge", new ByteSize(cap));
    }
}
