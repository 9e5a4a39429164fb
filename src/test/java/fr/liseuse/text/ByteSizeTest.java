package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sizes in messages read as people write them, in each UI language. */
class ByteSizeTest {

    private static String fr(long bytes) {
        return Messages.french().get("file.tooLarge", new ByteSize(bytes));
    }

    private static String en(long bytes) {
        return Messages.english().get("file.tooLarge", new ByteSize(bytes));
    }

    @Test
    void capsAreShownInTheLargestUnitTheyReach() {
        assertEquals("plus de 10 Mio", fr(10L << 20));
        assertEquals("larger than 10 MiB", en(10L << 20));
        assertEquals("plus de 100 Kio", fr(100L << 10));
        assertEquals("larger than 100 KiB", en(100L << 10));
        assertEquals("plus de 1 Gio", fr(1L << 30));
        assertEquals("plus de 512 octets", fr(512));
        assertEquals("larger than 512 bytes", en(512));
    }

    @Test
    void fractionsUseTheLanguagesDecimalSignToThreeDigits() {
        assertEquals("plus de 1,5 Mio", fr(3L << 19));
        assertEquals("larger than 1.5 MiB", en(3L << 19));
        assertEquals("plus de 97,7 Kio", fr(100_000));
    }

    @Test
    void theSourceCapMessageCarriesTheSize() {
        assertEquals("page.html : plus de 100 Kio, non lu",
                Messages.french().get("source.tooLarge", "page.html", new ByteSize(100L << 10)));
    }
}
