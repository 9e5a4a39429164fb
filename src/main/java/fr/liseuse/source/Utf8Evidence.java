package fr.liseuse.source;

/**
 * What bytes say of being UTF-8: how many letters they write as well-formed multi-byte sequences, and
 * how many bytes above ASCII fit no such sequence. Counted in one pass over the bytes, without decoding.
 */
final class Utf8Evidence {

    private Utf8Evidence() { }

    /**
     * Whether BODY reads better as UTF-8 than as a single-byte charset: no malformed byte at
     * all, or more well-formed multi-byte sequences than malformed bytes (a UTF-8 page with a few stray
     * Latin-1 bytes). A page wholly in Latin-1 has malformed bytes and next to no well-formed sequence.
     */
    static boolean mostlyUtf8(byte[] body) {
        long wellFormed = 0;
        long malformed = 0;
        int i = 0;
        while (i < body.length) {
            int b = body[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(body, i);
            if (length == 0) {
                malformed++;
                i++;
            } else {
                wellFormed++;
                i += length;
            }
        }
        return malformed == 0 || wellFormed > malformed;
    }

    /** Length of the well-formed multi-byte sequence at I (2 to 4), or 0 when the byte there starts none. */
    private static int sequenceLength(byte[] body, int i) {
        int lead = body[i] & 0xff;
        int length;
        int low = 0x80;
        int high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0) low = 0xa0;      // no overlong forms
            if (lead == 0xed) high = 0x9f;     // no surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0) low = 0x90;
            if (lead == 0xf4) high = 0x8f;     // nothing above U+10FFFF
        } else {
            return 0;
        }
        if (i + length > body.length) return 0;
        int second = body[i + 1] & 0xff;
        if (second < low || second > high) return 0;
        for (int k = 2; k < length; k++) {
            int next = body[i + k] & 0xff;
            if (next < 0x80 || next > 0xbf) return 0;
        }
        return length;
    }
}
