package fr.liseuse;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import fr.liseuse.cli.Cli;
import fr.liseuse.extract.pdf.TrainingDocument;
import fr.liseuse.source.DemoSite;
import fr.liseuse.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The runs the launcher trains its start-up caches on (never in discreet mode; the launcher discards
 * the output, and points {@code java.io.tmpdir} at a private folder of the cache, so all this writes
 * stays there): {@code read} of a demo page and of the same kind of page from a file, in each output
 * format; the full-screen reader showing that page on an ANSI terminal over a pipe; and the ends a command has,
 * through {@link Main}: returning, and but for the cache of reads {@code System.exit} (whose logging
 * set-up alone cost 10 ms when its classes were not in the cache). With the argument {@code web}, the page is also read from this
 * process's own loopback servers, over HTTP and over HTTPS (a certificate made for the run with the
 * JDK's keytool, trusted by this process only): the HTTP client and TLS weigh about 10 MB in a
 * cache, 10 ms and 12 MiB on every start that maps it, so commands given no web address use the
 * other cache; the launcher asks for it only when no proxy is set and the command is not offline,
 * so the training's requests never leave the loopback interface. With the argument {@code pdf}, a
 * PDF is read too ({@link TrainingDocument}): PDFBox's classes weigh on every start that maps them,
 * so only a command whose first SOURCE is a PDF file uses that cache. With the argument {@code library},
 * the runs are those of the commands that open the library's search index instead (saving, searching,
 * clearing a library of the training's own): Lucene's classes, which only those commands get mapped.
 * With the argument {@code read}, only the reads are run: the cache of {@code read}, which never
 * shows the reader, then maps none of the reader's classes.
 * The page is a neutral one (waste
 * collection): the training's files must not tell what the user reads. What a cache does not cover (the real terminal's set-up, the library) still works,
 * loaded as usual.
 */
public final class Training {

    private static final String ARTICLE = "demo:/dechets/horaires";
    /**
     * A page shaped like the news and council pages people read (metadata tags, JSON-LD, scripts naming
     * the date, a date with its offset, SVG icons, entities, menus, a table): what such pages run that
     * the demo site's plain pages do not (about 20 classes and several lambdas) is then in the cache
     * instead of loaded and generated at every start.
     */
    private static final String REAL_SHAPED = "/fr/liseuse/training/article.html";
    private static final String[] FORMATS = {"text", "markdown", "json"};
    private static final char[] PASSWORD = "liseuse-training".toCharArray();

    private Training() { }

    /** What a cache is trained on, named by the launcher's variant (its first argument; none: {@code local}). */
    private enum Variant {
        /** Reads of local pages and the full-screen reader. */
        LOCAL,
        /** Reads of local pages alone. */
        READ,
        /** As LOCAL, plus the page read over HTTP and HTTPS from loopback servers. */
        WEB,
        /** As LOCAL, plus a PDF document read. */
        PDF,
        /** The commands that open the library's search index, instead of reads. */
        LIBRARY;

        static Variant named(String[] args) {
            if (args.length == 0) return LOCAL;
            for (Variant variant : values()) {
                if (variant.name().toLowerCase(Locale.ROOT).equals(args[0])) return variant;
            }
            return LOCAL;
        }
    }

    public static void main(String[] args) throws IOException, SourceException, InterruptedException {
        byte[] article = new DemoSite().open(ARTICLE).body();
        Variant variant = Variant.named(args);
        Path work = Files.createTempDirectory("liseuse-training");
        List<HttpServer> servers = new ArrayList<>();
        try {
            Path page = Files.write(work.resolve("page.html"), article);
            Path realShaped = work.resolve("article.html");
            try (InputStream in = Training.class.getResourceAsStream(REAL_SHAPED)) {
                Files.write(realShaped, in.readAllBytes());
            }
            switch (variant) {
                case LIBRARY -> rehearseLibrary(work.resolve("home"), page);
                case READ -> readInEachFormat(page, List.of(realShaped.toString()));
                case LOCAL -> {
                    readInEachFormat(page, List.of(realShaped.toString()));
                    Cli.rehearseReader(page.toString());
                }
                case PDF -> {
                    Path pdf = Files.write(work.resolve("document.pdf"), TrainingDocument.bytes());
                    readInEachFormat(page, List.of(realShaped.toString(), pdf.toString()));
                    Cli.rehearseReader(page.toString());
                }
                case WEB -> {
                    List<String> sources = new ArrayList<>(List.of(realShaped.toString()));
                    sources.addAll(webSources(work, article, servers));
                    readInEachFormat(page, sources);
                    Cli.rehearseReader(page.toString());
                }
            }
        } finally {
            servers.forEach(server -> server.stop(0));
            try (Stream<Path> files = Files.walk(work)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
        // The ends of a command, through Main: returning when no other user thread is left (a read
        // that succeeds). Then, but not for the cache of reads (every class in a cache is loaded at each
        // start, and a read ends by returning), System.exit, taken while a user thread is alive as in the
        // full-screen reader, which ends this run with status 0.
        Main.main(new String[] {"--offline", "read", DemoSite.HOME, "--format", "json"});
        if (variant == Variant.READ) return;
        Thread alive = new Thread(Training::waitForExit, "training-alive");
        alive.start();
        Main.main(new String[] {"--offline", "read", DemoSite.HOME, "--format", "json"});
    }

    private static void waitForExit() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException ended) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code read} of the demo home, PAGE and MORE sources, once in each output format. */
    private static void readInEachFormat(Path page, List<String> more) {
        for (String format : FORMATS) {
            List<String> read = new ArrayList<>(List.of("read", DemoSite.HOME, page.toString(), "--format", format));
            read.addAll(more);
            Cli.run(read.toArray(String[]::new));
        }
    }

    /** The addresses of ARTICLE on this process's own loopback servers (HTTP, and HTTPS when keytool works), started into SERVERS. */
    private static List<String> webSources(Path work, byte[] article, List<HttpServer> servers)
            throws IOException, InterruptedException {
        List<String> sources = new ArrayList<>();
        HttpServer plain = serve(HttpServer.create(loopback(), 0), article);
        servers.add(plain);
        sources.add("http://127.0.0.1:" + plain.getAddress().getPort() + "/page");
        HttpsServer secure = secureServer(work);
        if (secure != null) {
            servers.add(serve(secure, article));
            sources.add("https://127.0.0.1:" + secure.getAddress().getPort() + "/page");
        }
        return sources;
    }

    /**
     * A small library in HOME, as a user's would be used: pages saved (the index written), searched
     * while the index is current, in each list format, then cleared (the index rebuilt).
     */
    private static void rehearseLibrary(Path home, Path page) {
        Cli.rehearse(home, "save", page.toString(), DemoSite.HOME, "demo:/eau/facture");
        for (String format : new String[] {"text", "json"}) {
            Cli.rehearse(home, "search", "collecte des déchets", "--format", format);
            Cli.rehearse(home, "search", "horaires", "--limit", "1", "--format", format);
        }
        Cli.rehearse(home, "search", "le la");
        Cli.rehearse(home, "library", "clear");
        Cli.rehearse(home, "search", "eau");
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** SERVER answering every path with PAGE, started. */
    private static <S extends HttpServer> S serve(S server, byte[] page) {
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }

    /**
     * An HTTPS server on the loopback interface with a certificate for 127.0.0.1 made by keytool in
     * WORK, which this process then trusts (and nothing else); null when keytool is missing or fails.
     */
    private static HttpsServer secureServer(Path work) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = work.resolve("loopback.p12");
        if (!Files.isExecutable(keytool)) return null;
        // keytool is a JVM too: no performance-data file, and its temporary files in WORK.
        Process p = new ProcessBuilder(keytool.toString(), "-J-XX:-UsePerfData", "-J-Djava.io.tmpdir=" + work,
                "-genkeypair", "-alias", "loopback", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "1",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(store)) {
            p.destroyForcibly();
            return null;
        }
        System.setProperty("javax.net.ssl.trustStore", store.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", new String(PASSWORD));
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(managers.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(loopback(), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return server;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
