package fr.liseuse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server for tests on 127.0.0.1, on a port of its own, answering every path through the ROUTES
 * handler it is given (which looks at the path). Each exchange runs on a thread of its own, so that an
 * answer a test holds back holds up no other. Closing it stops it at once.
 */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "loopback-server");
        t.setDaemon(true);
        return t;
    });

    public LoopbackServer(HttpHandler routes) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", routes);
        server.setExecutor(workers);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}, without a path. */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code 127.0.0.1:PORT}. */
    public String host() {
        return "127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers with STATUS, a body of content type TYPE (none when null), and BODY (none when empty). */
    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
