package fr.liseuse.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that writes exactly the bytes a test scripts, lies and all: wrong
 * lengths, cut connections (TCP reset), answers that never come or come one byte a second. Also
 * counts every connection, for the tests that prove nothing was fetched.
 */
final class RawHttpServer implements AutoCloseable {

    /** What to do with one accepted request. */
    interface Reply {
        void to(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-http");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Reply> routes = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean open = true;

    RawHttpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.submit(this::accept);
    }

    String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    RawHttpServer route(String path, Reply reply) {
        routes.put(path, reply);
        return this;
    }

    /** A complete response: status line, headers (one "Name: value" a line), body. */
    RawHttpServer respond(String path, String statusAndHeaders, byte[] body) {
        return route(path, (s, out) -> {
            out.write(head(statusAndHeaders));
            out.write(body);
            out.flush();
        });
    }

    static byte[] head(String statusAndHeaders) {
        return ("HTTP/1.1 " + statusAndHeaders.strip().replace("\n", "\r\n") + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private void accept() {
        while (open) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                workers.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            if (requestLine == null) return;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // headers are not needed
            }
            String[] parts = requestLine.split(" ");
            String target = parts.length > 1 ? parts[1] : "/";
            String path = target.startsWith("http") ? target.replaceFirst("^https?://[^/]+", "") : target;
            Reply reply = routes.get(path);
            OutputStream out = client.getOutputStream();
            if (reply == null) {
                out.write(head("404 Not Found\nContent-Type: text/html\nContent-Length: 0"));
            } else {
                reply.to(client, out);
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away, or the test ended
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        socket.close();
        workers.shutdownNow();
    }
}
