package fr.liseuse.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body handed over as it arrives, as a stream read by the thread that loads the page: no
 * buffer of the whole body is built here. The client is asked for the next buffers only when the
 * reader takes the current ones, so at most a couple of them wait in memory. Reading gives up at the
 * load's deadline, when the thread is interrupted (a cancelled load), and as soon as more than the cap
 * has arrived (the exchange is then cancelled, so a huge or endless body costs at most cap bytes).
 * Every byte that arrives is counted for progress, read or not.
 */
final class BodyStream extends InputStream implements HttpResponse.BodySubscriber<BodyStream> {

    /** A failure of the body's transfer (network, deadline, cancel), apart from what the bytes hold. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super(cause);
        }
    }

    /** More than the cap arrived. */
    static final class OverCap extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Queued after the last buffers. */
    private static final Object END = new Object();

    private final long cap;
    private final long deadline;
    private final Received received;
    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private long arrivedBytes;
    private Iterator<ByteBuffer> pending = List.<ByteBuffer>of().iterator();
    private ByteBuffer current = ByteBuffer.allocate(0);
    private IOException stop;
    /** The end of the body was read: later reads answer it again at once, without waiting. */
    private boolean ended;

    /**
     * @param cap      the most bytes accepted
     * @param deadline {@link System#nanoTime()} by which the whole body must be read
     * @param received told of every byte that arrives
     */
    BodyStream(long cap, long deadline, Received received) {
        this.cap = cap;
        this.deadline = deadline;
        this.received = received;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        long size = 0;
        for (ByteBuffer item : items) size += item.remaining();
        received.add(size);
        arrivedBytes += size;
        if (arrivedBytes > cap) {
            subscription.cancel();
            arrived.add(new OverCap());
            return;
        }
        arrived.add(items);
    }

    @Override
    public void onError(Throwable failure) {
        arrived.add(new Failed(failure));
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    /** The stream itself, at once: the body is read from it while it arrives. */
    @Override
    public CompletionStage<BodyStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        while (!current.hasRemaining()) {
            if (pending.hasNext()) {
                current = pending.next();
            } else if (!next()) {
                return -1;
            }
        }
        int n = Math.min(length, current.remaining());
        current.get(buffer, offset, n);
        return n;
    }

    /** Waits for the next buffers; false at the end of the body. */
    @SuppressWarnings("unchecked")
    private boolean next() throws IOException {
        if (stop != null) throw stop;
        if (ended) return false;
        Object item;
        try {
            item = arrived.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped(new Failed(new InterruptedIOException("cancelled")));
        }
        if (item == null) throw stopped(new Failed(new HttpTimeoutException("body not read in time")));
        if (item == END) {
            ended = true;
            return false;
        }
        if (item instanceof IOException failure) throw stopped(failure);
        pending = ((List<ByteBuffer>) item).iterator();
        subscription.request(1);
        return true;
    }

    private IOException stopped(IOException failure) {
        stop = failure;
        close();
        return failure;
    }

    /** Stops the transfer if it is still under way (an error, or a body not worth reading). */
    @Override
    public void close() {
        Flow.Subscription s = subscription;
        if (s != null) s.cancel();
    }
}
