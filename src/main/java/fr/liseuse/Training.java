package fr.liseuse;

import fr.liseuse.cli.Cli;
import fr.liseuse.source.DemoSite;
import fr.liseuse.source.SourceException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs the launcher trains its start-up caches on (never in discreet mode; the launcher discards
 * the output): {@code read} of a demo page and of the same kind of page from a file, in each output
 * format; the full-screen reader showing that page on a virtual terminal; and the end every command
 * has, through {@link Main} and {@code System.exit} (whose logging set-up alone cost 10 ms when its
 * classes were not in the cache). With the argument {@code web}, the page is also read over HTTP
 * from this process's own loopback server: the HTTP client and TLS set-up weigh 9 MB in a cache,
 * 10 ms and 12 MiB on every start that maps it, so commands given no web address use the other
 * cache. What a cache does not cover (the real terminal's set-up, the library) still works, loaded
 * as usual.
 */
public final class Training {

    private static final String ARTICLE = "demo:/solidarite/violences-conjugales";
    private static final String[] FORMATS = {"text", "markdown", "json"};

    private Training() { }

    public static void main(String[] args) throws IOException, SourceException, InterruptedException {
        byte[] article = new DemoSite().open(ARTICLE).body();
        HttpServer server = args.length > 0 && args[0].equals("web") ? serve(article) : null;
        Path page = Files.createTempFile("liseuse-training", ".html");
        try {
            Files.write(page, article);
            for (String format : FORMATS) {
                List<String> read = new ArrayList<>(List.of("read", DemoSite.HOME, page.toString(), "--format", format));
                if (server != null) read.add("http://127.0.0.1:" + server.getAddress().getPort() + "/violences-conjugales");
                Cli.run(read.toArray(String[]::new));
            }
            Cli.rehearseReader(page.toString());
        } finally {
            if (server != null) server.stop(0);
            Files.deleteIfExists(page);
        }
        Main.main(new String[] {"--offline", "read", DemoSite.HOME, "--format", "json"});
    }

    /** Serves PAGE at every path of a loopback address. */
    private static HttpServer serve(byte[] page) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }
}
