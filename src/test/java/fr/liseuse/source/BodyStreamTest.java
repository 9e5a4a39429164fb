package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A body read as it arrives: once its end is read, reading again answers the end at once. */
class BodyStreamTest {

    @Test
    void readingAgainAfterTheEndAnswersTheEndWithoutWaitingForTheDeadline() {
        byte[] page = "<p>Une page entière.</p>".getBytes(StandardCharsets.UTF_8);
        BodyStream body = new BodyStream(1024, System.nanoTime() + TimeUnit.MINUTES.toNanos(10), Received.unwatched());
        body.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) { }

            @Override
            public void cancel() { }
        });
        body.onNext(List.of(ByteBuffer.wrap(page)));
        body.onComplete();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertArrayEquals(page, body.readAllBytes());
            assertEquals(-1, body.read());
            assertEquals(-1, body.read(new byte[8], 0, 8));
        });
    }
}
