package fr.liseuse.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.liseuse.extract.pdf.PdfSamples;
import java.util.Arrays;
import java.util.List;

/**
 * Damaged and hostile PDFs: real documents (leaflets, two columns, a form, an encrypted one) with
 * bytes overwritten, cut, repeated or inserted, through the real read path (sniffing, PDFBox, layout,
 * contacts) and every renderer, checked as {@link RawBytesFuzzTest} checks any bytes on standard input:
 * a clean page in every format or a one-line rejection, never an unexpected exception, within the hang guard.
 */
class PdfFuzzTest {

    private static final List<byte[]> SAMPLES = List.of(PdfSamples.frenchLeaflet(), PdfSamples.englishLeaflet(),
            PdfSamples.twoColumns(), PdfSamples.form(), PdfSamples.withOwnerPasswordOnly());

    private final RawBytesFuzzTest readPath = new RawBytesFuzzTest();

    @FuzzTest(maxDuration = "30m")
    void aDamagedPdfGivesACleanPageOrARejection(FuzzedDataProvider data) {
        readPath.anyBytesGiveACleanPageOrARejection(mutated(SAMPLES.get(data.consumeInt(0, SAMPLES.size() - 1)), data));
    }

    /** The document after a few edits the data chooses; the header stays, so it is read as a PDF. */
    private static byte[] mutated(byte[] pdf, FuzzedDataProvider data) {
        byte[] out = pdf.clone();
        int edits = data.consumeInt(0, 8);
        for (int i = 0; i < edits && out.length > 16; i++) {
            int at = data.consumeInt(8, out.length - 1);
            switch (data.consumeInt(0, 3)) {
                case 0 -> out[at] = data.consumeByte();
                case 1 -> out = Arrays.copyOf(out, at);
                case 2 -> {
                    int length = data.consumeInt(1, Math.min(512, out.length - at));
                    byte[] repeated = Arrays.copyOf(out, out.length + length);
                    System.arraycopy(out, at, repeated, at + length, out.length - at);
                    out = repeated;
                }
                default -> {
                    byte[] inserted = data.consumeBytes(64);
                    byte[] longer = Arrays.copyOf(out, out.length + inserted.length);
                    System.arraycopy(inserted, 0, longer, at, inserted.length);
                    System.arraycopy(out, at, longer, at + inserted.length, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }
}
