package fr.liseuse.ui;

import fr.liseuse.LoopbackServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A slow web server on 127.0.0.1: it sends the first bytes of a page at once, then holds the rest
 * until {@link #release()}, as a page on a bad connection does. The page's title is "Lente".
 */
public final class TricklingServer implements AutoCloseable {

    private final LoopbackServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    /** Serves a page whose first FIRST bytes come at once. */
    public TricklingServer(int first) throws IOException {
        byte[] start = new byte[first];
        byte[] words = "Une page lente. ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < first; i++) start[i] = words[i % words.length];
        byte[] head = "<html><head><title>Lente</title></head><body><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, start, 0, head.length);
        byte[] end = " enfin arrivée.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        server = new LoopbackServer(exchange -> {
            try (OutputStream body = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, 0);
                body.write(start);
                body.flush();
                if (release.await(60, TimeUnit.SECONDS)) body.write(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException gone) {
                // the reader gave up on the page
            }
        });
    }

    public String url() {
        return base() + "/lente";
    }

    /** The server's address without a path: every path gets the same slow page. */
    public String base() {
        return server.base();
    }

    /** Sends the rest of the page. */
    public void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release();
        server.close();
    }
}
