package fr.liseuse.source;

import fr.liseuse.config.BuildVersion;
import fr.liseuse.source.SourceException.Kind;
import fr.liseuse.text.ByteSize;
import fr.liseuse.text.Addresses;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches http(s) URLs with Java's HttpClient. Redirects are followed here rather than by the client,
 * because the client silently returns the 3xx response after 5 hops; here the cap is {@value #MAX_REDIRECTS}
 * and going over it is an error, and so is a redirect from an https page to an http address (what the
 * user reads would then cross the network in clear). User names and passwords in addresses are dropped
 * before anything is sent ({@link Addresses}). Bodies are read as they stream in, decompressed on the way, and
 * capped before and after gzip, into one array the size the server announced when it did ({@link LocalContent}).
 */
final class HttpSource {

    static final int MAX_REDIRECTS = 10;
    private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Set<String> PDF_TYPES = Set.of(Fetched.PDF, "application/x-pdf");
    /** Types servers give to downloads of any kind: read, and kept only when the bytes are a PDF. */
    private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream",
            "application/download", "application/force-download");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]{1,60}/[a-z0-9!#$&^_.+-]{1,60}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$&^_.+:-]{1,40}");
    /** What the gzip reader asks of the network stream at a time. */
    private static final int GZIP_BUFFER = 16 * 1024;
    private static final String ACCEPT =
            "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.8,*/*;q=0.1";

    private final SourceOptions options;
    private final LocalContent content;
    private final EnvProxy proxies;
    private HttpClient client;
    /** A client is being built (outside the lock); {@link #close} came meanwhile: stop it once built. */
    private int building;
    private boolean stopWhenBuilt;

    HttpSource(SourceOptions options) {
        this.options = options;
        this.content = new LocalContent(options.maxBytes());
        this.proxies = new EnvProxy(options.env());
    }

    static boolean isUrl(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** @param received counts the bytes of the responses as they arrive (redirects included) */
    Fetched fetch(String source, Received received) throws SourceException {
        String shown = Excerpt.of(source);
        if (options.offline()) throw new SourceException(Kind.UNAVAILABLE, "source.offline", shown);
        URI uri = parse(source, shown);
        long deadline = System.nanoTime() + options.timeout().toNanos();
        int redirects = 0;
        while (true) {
            HttpResponse<BodyStream> response = exchange(uri, deadline, shown, received);
            int status = response.statusCode();
            if (status < 200 || status >= 300) response.body().close();   // its body is never read
            if (status >= 300 && status < 400) {
                Optional<String> location = response.headers().firstValue("Location").filter(l -> !l.isBlank());
                if (location.isEmpty()) {
                    throw new SourceException(Kind.UNAVAILABLE, "source.http.redirectWithoutLocation", shown, code(status));
                }
                if (redirects == MAX_REDIRECTS) {
                    throw new SourceException(Kind.UNAVAILABLE, "source.http.tooManyRedirects", shown,
                            Integer.toString(MAX_REDIRECTS));
                }
                URI target = redirectTarget(uri, location.get(), shown);
                if (isDowngrade(uri, target)) {
                    throw new SourceException(Kind.UNAVAILABLE, "source.http.downgrade",
                            Excerpt.of(uri.getHost()), Excerpt.of(target.getHost()));
                }
                uri = target;
                redirects++;
                continue;
            }
            if (status >= 200 && status < 300) return accept(source, uri, response, shown);
            throw statusError(response, shown);
        }
    }

    private static URI parse(String source, String shown) throws SourceException {
        try {
            URI uri = withoutFragment(new URI(Addresses.withoutCredentials(source.strip()).replace(" ", "%20")));
            if (uri.getHost() == null) throw new URISyntaxException(source, "no host");
            return uri;
        } catch (URISyntaxException e) {
            throw new SourceException(Kind.REJECTED, "source.invalidUrl", shown);
        }
    }

    private static URI withoutFragment(URI uri) throws URISyntaxException {
        URI ascii = new URI(uri.toASCIIString());
        if (ascii.getRawFragment() == null) return ascii;
        String s = ascii.toString();
        return new URI(s.substring(0, s.indexOf('#')));
    }

    private static URI redirectTarget(URI from, String location, String shown) throws SourceException {
        try {
            URI target = withoutFragment(from.resolve(new URI(location.strip().replace(" ", "%20"))));
            target = new URI(Addresses.withoutCredentials(target.toString()));
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && target.getHost() != null) return target;
        } catch (URISyntaxException | IllegalArgumentException e) {
            // reported below
        }
        throw new SourceException(Kind.UNAVAILABLE, "source.http.badRedirect", shown);
    }

    private static boolean isDowngrade(URI from, URI to) {
        return from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http");
    }

    private HttpResponse<BodyStream> exchange(URI uri, long deadline, String shown, Received received)
            throws SourceException {
        Optional<String> badProxy = proxies.unsupported(uri);
        if (badProxy.isPresent()) {
            throw new SourceException(Kind.UNAVAILABLE, "source.proxyUnsupported", shown, badProxy.get());
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) throw timeout(shown);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", UserAgent.VALUE)
                .header("Accept", ACCEPT)
                .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        CompletableFuture<HttpResponse<BodyStream>> future =
                client().sendAsync(request, info -> new BodyStream(options.maxBytes(), deadline, received));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(shown);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException(Kind.UNAVAILABLE, "source.interrupted", shown);
        } catch (ExecutionException e) {
            throw networkError(e.getCause(), shown);
        }
    }

    /** Sent with every request; read at the first one (the version comes from a file in the jar). */
    private static final class UserAgent {
        static final String VALUE = "liseuse/" + BuildVersion.get() + " (+terminal reader)";
    }

    /** Enough for idle threads to end; short, as a quick exit from the reader also goes through here. */
    private static final Duration STOP_WAIT = Duration.ofMillis(100);

    /**
     * Stops the client's connections and its selector thread. That thread waits in native code, and a
     * JVM ends only after waiting up to 300 ms for such threads: every command that fetched a page
     * took that much longer to exit. Waits (100 ms at most) for the threads to end. {@code shutdownNow}
     * exists from JDK 21 (found by reflection: liseuse also runs on 17, where the wait remains).
     * Never waits for a client being built (its TLS set-up takes a few hundred milliseconds, and a
     * quick exit during the first page load comes here): that one is stopped as soon as it is built.
     */
    void close() {
        HttpClient built;
        synchronized (this) {
            built = client;
            client = null;
            stopWhenBuilt = building > 0;
        }
        if (built != null) stop(built);
    }

    private static void stop(HttpClient client) {
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(client);
            HttpClient.class.getMethod("awaitTermination", Duration.class).invoke(client, STOP_WAIT);
        } catch (ReflectiveOperationException | RuntimeException olderJdk) {
            // JDK 17-20: no way to stop the client; the process still ends, 300 ms later
        }
    }

    private HttpClient client() {
        synchronized (this) {
            if (client != null) return client;
            building++;
        }
        HttpClient built = HttpClient.newBuilder()
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(proxies)
                .build();
        HttpClient kept;
        synchronized (this) {
            building--;
            boolean closed = stopWhenBuilt;
            if (building == 0) stopWhenBuilt = false;
            if (!closed && client == null) client = built;
            kept = closed ? null : client;
        }
        if (kept == built) return built;
        stop(built);   // closed meanwhile, or another thread built one first
        return kept == null ? built : kept;
    }

    private Fetched accept(String source, URI uri, HttpResponse<BodyStream> response, String shown)
            throws SourceException {
        HttpHeaders headers = response.headers();
        Optional<String> type = mediaType(headers);
        byte[] body;
        try (BodyStream raw = response.body()) {
            if (type.isPresent() && !readable(type.get())) {
                throw new SourceException(Kind.REJECTED, "source.contentType", shown, type.get());
            }
            if (headers.firstValue("Content-Type").isPresent() && type.isEmpty()) {
                throw new SourceException(Kind.REJECTED, "source.contentType", shown, "?");
            }
            body = read(raw, headers, shown);
        }
        if (body.length == 0) throw new SourceException(Kind.REJECTED, "source.empty", shown);
        if (ContentSniffer.looksLikePdf(body) || type.filter(PDF_TYPES::contains).isPresent()) {
            return new Fetched(Addresses.withoutCredentials(source), uri.toString(), body, Fetched.PDF, null);
        }
        if (type.filter(GENERIC_TYPES::contains).isPresent()) {
            throw new SourceException(Kind.REJECTED, "source.contentType", shown, type.get());
        }
        if (ContentSniffer.looksBinary(body)) throw new SourceException(Kind.REJECTED, "source.binary", shown);
        String contentType = type.orElse(ContentSniffer.looksLikeHtml(body) ? "text/html" : "text/plain");
        return new Fetched(Addresses.withoutCredentials(source), uri.toString(), body, contentType,
                charsetParameter(headers).orElse(null));
    }

    /** Whether a body of this type is worth reading: pages, text, PDFs, and downloads that may be PDFs. */
    private static boolean readable(String type) {
        return TEXT_TYPES.contains(type) || PDF_TYPES.contains(type) || GENERIC_TYPES.contains(type);
    }

    /**
     * The body, read as it arrives and decompressed on the way: into an array of the announced size
     * when the server gave one (a body announced over the cap is not read), growing otherwise.
     */
    private byte[] read(InputStream raw, HttpHeaders headers, String shown) throws SourceException {
        String encoding = headers.firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        boolean identity = encoding.isEmpty() || encoding.equals("identity");
        if (!identity && !encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            String shownEncoding = TOKEN.matcher(encoding).matches() ? encoding : "?";
            throw new SourceException(Kind.REJECTED, "source.contentEncoding", shown, shownEncoding);
        }
        long announced = headers.firstValueAsLong("Content-Length").orElse(-1);
        if (announced > options.maxBytes()) throw tooLarge(shown);
        try {
            if (identity) return announced >= 0 ? content.read(raw, announced, shown) : content.read(raw, shown);
            PushbackInputStream compressed = new PushbackInputStream(raw, 1);
            int first = compressed.read();
            if (first < 0) return new byte[0];
            compressed.unread(first);
            return content.read(new GZIPInputStream(compressed, GZIP_BUFFER), shown);
        } catch (BodyStream.OverCap e) {
            throw tooLarge(shown);
        } catch (BodyStream.Failed e) {
            // the load was cancelled (the reader's "cancel", a quick exit): not a network failure
            if (Thread.currentThread().isInterrupted()) {
                throw new SourceException(Kind.UNAVAILABLE, "source.interrupted", shown).withCause(e);
            }
            throw networkError(e.getCause(), shown);
        } catch (IOException e) {
            throw new SourceException(Kind.REJECTED, "source.corruptCompression", shown).withCause(e);
        }
    }

    private SourceException tooLarge(String shown) {
        return new SourceException(Kind.REJECTED, "source.tooLarge", shown, new ByteSize(options.maxBytes()));
    }

    private SourceException timeout(String shown) {
        return new SourceException(Kind.UNAVAILABLE, "source.timeout", shown, seconds(options.timeout()));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }

    private static SourceException statusError(HttpResponse<?> response, String shown) {
        int status = response.statusCode();
        String code = code(status);
        if (status == 404 || status == 410) return new SourceException(Kind.NOT_FOUND, "source.http.notFound", shown, code);
        if (status >= 500) {
            Optional<String> wait = retryAfter(response.headers());
            return wait.isPresent()
                    ? new SourceException(Kind.UNAVAILABLE, "source.http.serverErrorRetry", shown, code, wait.get())
                    : new SourceException(Kind.UNAVAILABLE, "source.http.serverError", shown, code);
        }
        if (status == 401 || status == 403) return new SourceException(Kind.UNAVAILABLE, "source.http.forbidden", shown, code);
        if (status == 429) {
            Optional<String> wait = retryAfter(response.headers());
            return wait.isPresent()
                    ? new SourceException(Kind.UNAVAILABLE, "source.http.tooManyRequestsRetry", shown, code, wait.get())
                    : new SourceException(Kind.UNAVAILABLE, "source.http.tooManyRequests", shown, code);
        }
        return new SourceException(Kind.UNAVAILABLE, "source.http.refused", shown, code);
    }

    private static String code(int status) {
        return Integer.toString(status);
    }

    /** Retry-After as a number of seconds, from either of its two forms; empty when absent or unreadable. */
    static Optional<String> retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) return Optional.empty();
        String v = value.get();
        if (v.matches("\\d{1,9}")) return Optional.of(Long.parseLong(v) + " s");
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            long s = Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).getSeconds());
            return Optional.of(s + " s");
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private SourceException networkError(Throwable cause, String shown) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) return timeout(shown);
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new SourceException(Kind.UNAVAILABLE, "source.unknownHost", shown).withCause(cause);
            }
            if (t instanceof SSLException) {
                return new SourceException(Kind.UNAVAILABLE, "source.tls", shown).withCause(cause);
            }
        }
        if (cause instanceof ConnectException) {
            return new SourceException(Kind.UNAVAILABLE, "source.connectionRefused", shown).withCause(cause);
        }
        return new SourceException(Kind.UNAVAILABLE, "source.network", shown).withCause(cause);
    }

    static Optional<String> mediaType(HttpHeaders headers) {
        return headers.firstValue("Content-Type")
                .map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(t -> MEDIA_TYPE.matcher(t).matches());
    }

    static Optional<String> charsetParameter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Content-Type");
        if (value.isEmpty()) return Optional.empty();
        for (String part : value.get().split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String name = p.substring(eq + 1).strip().replace("\"", "").replace("'", "");
                return TOKEN.matcher(name).matches() ? Optional.of(name) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
