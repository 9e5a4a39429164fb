package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C and kill while liseuse waits on a server that never answers: the process ends at once
 * with 130 (interrupted, CONTRACT §5) or 143 (terminated), without a stack trace.
 */
class SignalsTest {

    private static String signalled(String signal, int expected) throws IOException, InterruptedException {
        try (RawHttpServer server = new RawHttpServer()) {
            server.route("/", (s, out) -> Thread.sleep(120_000));
            Process p = new Liseuse().builder("--timeout", "120", "read", server.base() + "/").start();
            CompletableFuture<byte[]> err = Liseuse.drain(p.getErrorStream());
            Liseuse.drain(p.getInputStream());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.connections() == 0 && System.nanoTime() < deadline) Thread.sleep(50);
            assertEquals(1, server.connections(), "the read is waiting on the server");
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "ends promptly on SIG" + signal);
            String text = new String(err.join(), StandardCharsets.UTF_8);
            assertEquals(expected, p.exitValue(), text);
            assertFalse(text.contains("Exception") || text.contains("\tat "), text);
            assertTrue(text.lines().count() <= 1, text);
            return text;
        }
    }

    @Test
    void ctrlCIsExit130WithoutATrace() throws Exception {
        signalled("INT", 130);
    }

    @Test
    void terminationIsExit143WithoutATrace() throws Exception {
        signalled("TERM", 143);
    }
}
