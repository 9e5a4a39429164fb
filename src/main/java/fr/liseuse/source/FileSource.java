package fr.liseuse.source;

import fr.liseuse.source.SourceException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Local files: a PDF is known by its header whatever its name; otherwise {@code .html}/{@code .htm} are
 * HTML, {@code .txt} is plain text, others are what their content looks like.
 */
final class FileSource {

    private final LocalContent content;
    private final long maxBytes;

    FileSource(long maxBytes) {
        this.maxBytes = maxBytes;
        this.content = new LocalContent(maxBytes);
    }

    Fetched read(String source, Path path) throws SourceException {
        String shown = Excerpt.of(source);
        if (!Files.exists(path)) throw new SourceException(Kind.NOT_FOUND, "source.file.notFound", shown);
        if (Files.isDirectory(path)) throw new SourceException(Kind.REJECTED, "source.file.directory", shown);
        if (!Files.isRegularFile(path)) throw new SourceException(Kind.REJECTED, "source.file.notRegular", shown);
        if (!Files.isReadable(path)) throw new SourceException(Kind.REJECTED, "source.file.unreadable", shown);
        byte[] body;
        try {
            long size = Files.size(path);
            if (size > maxBytes) throw content.tooLarge(shown);
            try (InputStream in = Files.newInputStream(path)) {
                body = content.read(in, size, shown);
            }
        } catch (NoSuchFileException e) {
            throw new SourceException(Kind.NOT_FOUND, "source.file.notFound", shown).withCause(e);
        } catch (AccessDeniedException e) {
            throw new SourceException(Kind.REJECTED, "source.file.unreadable", shown).withCause(e);
        } catch (IOException e) {
            throw new SourceException(Kind.REJECTED, "source.file.readError", shown).withCause(e);
        }
        String type = LocalContent.check(body, typeFromName(path), shown);
        return new Fetched(source, path.toAbsolutePath().normalize().toUri().toString(), body, type, null);
    }

    static String typeFromName(Path path) {
        Path name = path.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) return "text/plain";
        if (n.endsWith(".html") || n.endsWith(".htm")) return "text/html";
        return null;
    }
}
