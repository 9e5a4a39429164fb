package fr.liseuse.source;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap. As soon as more arrives, it stops reading (cancelling the
 * exchange) and reports the body as over the cap, so a huge or endless body costs at most cap bytes.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {

    /** {@code bytes} is null when the body went over the cap. */
    record Result(byte[] bytes, boolean overCap) { }

    private final long cap;
    private final Received received;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /** @param received told of every byte that arrives, kept or not */
    CappedBody(long cap, Received received) {
        this.cap = cap;
        this.received = received;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer item : items) {
            received.add(item.remaining());
            if (out.size() + (long) item.remaining() > cap) {
                result.complete(new Result(null, true));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(new Result(out.toByteArray(), false));
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }
}
