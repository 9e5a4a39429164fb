package fr.liseuse.source;

import fr.liseuse.source.SourceException.Kind;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The source facade: turns a SOURCE (CONTRACT §2) into raw bytes. Order: {@code -} (standard input),
 * {@code demo:}, http(s) URLs, {@code file:} URIs, existing local files, then library ids through
 * the {@link LibraryLookup} given at construction.
 */
public final class Sources implements AutoCloseable {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*", Pattern.DOTALL);

    private final SourceOptions options;
    /** Made at the first address: its proxy settings set up the JDK's network properties, which a local page never needs. */
    private HttpSource http;
    private final FileSource files;
    private final StreamSource stream;
    private DemoSite demo;
    private final LibraryLookup library;

    public Sources(SourceOptions options) {
        this(options, LibraryLookup.NONE);
    }

    public Sources(SourceOptions options, LibraryLookup library) {
        Objects.requireNonNull(options, "options");
        this.options = options;
        this.files = new FileSource(options.maxBytes());
        this.stream = new StreamSource(options.maxBytes());
        this.library = Objects.requireNonNull(library, "library");
    }

    /** Opens {@code source}, reading {@code -} from {@link System#in}. */
    public Fetched open(String source) throws SourceException {
        return open(source, System.in);
    }

    public Fetched open(String source, InputStream stdin) throws SourceException {
        return open(source, stdin, Received.unwatched());
    }

    /** @param received counts the bytes received from the network or standard input as they arrive */
    public Fetched open(String source, InputStream stdin, Received received) throws SourceException {
        if (source == null || source.isBlank()) {
            throw new SourceException(Kind.NOT_FOUND, "source.notFound", "\"\"");
        }
        if (source.equals("-")) return stream.read(source, new CountedInput(stdin, received));
        if (DemoSite.isDemo(source)) return demo().open(source);
        if (HttpSource.isUrl(source)) return http().fetch(source, received);
        if (source.toLowerCase(Locale.ROOT).startsWith("file:")) return files.read(source, fileUri(source));
        Optional<Path> path = localPath(source);
        if (path.isPresent() && Files.exists(path.get())) return files.read(source, path.get());
        Optional<Fetched> stored = library.find(source);
        if (stored.isPresent()) return stored.get();
        String shown = Excerpt.of(source);
        if (SCHEME.matcher(source).matches()) throw new SourceException(Kind.REJECTED, "source.unsupportedScheme", shown);
        boolean pathLike = source.contains("/") || source.contains(".");
        throw new SourceException(Kind.NOT_FOUND, pathLike ? "source.file.notFound" : "source.notFound", shown);
    }

    /** Ends the network connections and the threads that serve them; a later open starts new ones. */
    @Override
    public void close() {
        HttpSource opened;
        synchronized (this) {
            opened = http;
        }
        if (opened != null) opened.close();
    }

    private synchronized HttpSource http() {
        if (http == null) http = new HttpSource(options);
        return http;
    }

    /** The demo site bundled with the program, loaded on first use. */
    public synchronized DemoSite demo() {
        if (demo == null) demo = new DemoSite();
        return demo;
    }

    private static Optional<Path> localPath(String source) {
        try {
            return Optional.of(Path.of(source));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path fileUri(String source) throws SourceException {
        try {
            return Path.of(new URI(source.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw new SourceException(Kind.REJECTED, "source.invalidUrl", Excerpt.of(source)).withCause(e);
        }
    }
}
