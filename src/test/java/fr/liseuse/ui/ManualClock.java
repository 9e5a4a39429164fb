package fr.liseuse.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A clock in nanoseconds that moves only when a test says so, from any thread. */
public final class ManualClock implements LongSupplier {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final long start = nanos.get();

    @Override
    public long getAsLong() {
        return nanos.get();
    }

    /** Sets the clock to MILLIS milliseconds after its start. */
    public void at(long millis) {
        nanos.set(start + TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
