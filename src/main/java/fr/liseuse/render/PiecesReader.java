package fr.liseuse.render;

import java.io.Reader;
import java.util.Iterator;

/** Text given in pieces, read as one: a long value written out without joining it first. */
final class PiecesReader extends Reader {

    private final Iterator<String> pieces;
    private String piece = "";
    private int position;

    PiecesReader(Iterable<String> pieces) {
        this.pieces = pieces.iterator();
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) return 0;
        while (position == piece.length()) {
            if (!pieces.hasNext()) return -1;
            piece = pieces.next();
            position = 0;
        }
        int n = Math.min(length, piece.length() - position);
        piece.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
