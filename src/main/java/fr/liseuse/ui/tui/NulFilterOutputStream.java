package fr.liseuse.ui.tui;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Drops NUL bytes on their way to the terminal. Lanterna 3.1.3 writes the whole backing array of
 * its encoder's buffer, so every two-byte UTF-8 character (é, à, ç…) is followed by a NUL; terminals
 * hide it, but logs, captures and some screen-reader pipelines see it.
 */
final class NulFilterOutputStream extends FilterOutputStream {

    NulFilterOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (b != 0) out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == 0) {
                if (i > start) out.write(bytes, start, i - start);
                start = i + 1;
            }
        }
        if (end > start) out.write(bytes, start, end - start);
    }
}
