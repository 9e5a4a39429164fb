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

/**
 * The run the launcher trains its start-up cache on (never in discreet mode; the launcher discards
 * the output): {@code read} of a demo page and of the same kind of page from a file and from a web
 * server on the loopback interface (this process's own), in each output format; the full-screen reader showing that page on a virtual terminal; and the end every command
 * has, through {@link Main} and {@code System.exit} (whose logging set-up alone cost 10 ms when its
 * classes were not in the cache). The cache then holds the classes these need; what it does not
 * cover (the real terminal's set-up, the library) still works, loaded as usual.
 */
public final class Training {

    private static final String ARTICLE = "demo:/solidarite/violences-conjugales";
    private static final String[] FORMATS = {"text", "markdown", "json"};

    private Training() { }

    public static void main(String[] args) throws IOException, SourceException, InterruptedException {
        byte[] article = new DemoSite().open(ARTICLE).body();
        Path page = Files.createTempFile("liseuse-training", ".html");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, article.length);
            exchange.getResponseBody().write(article);
            exchange.close();
        });
        server.start();
        try {
            Files.write(page, article);
            String web = "http://127.0.0.1:" + server.getAddress().getPort() + "/violences-conjugales";
            for (String format : FORMATS) {
                Cli.run(new String[] {"read", DemoSite.HOME, page.toString(), web, "--format", format});
            }
            Cli.rehearseReader(page.toString());
        } finally {
            server.stop(0);
            Files.deleteIfExists(page);
        }
        Main.main(new String[] {"--offline", "read", DemoSite.HOME, "--format", "json"});
    }
}
