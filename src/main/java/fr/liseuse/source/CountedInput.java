package fr.liseuse.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream whose bytes are counted into a {@link Received} as they are read (standard input, which may be slow). */
final class CountedInput extends FilterInputStream {

    private final Received received;

    CountedInput(InputStream in, Received received) {
        super(in);
        this.received = received;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) received.add(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) received.add(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) received.add(skipped);
        return skipped;
    }
}
