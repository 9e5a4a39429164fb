package fr.liseuse.extract.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Writes the benchmark's PDFs (bench/pdf.sh): the test samples that have text, and documents of 2 to
 * 6 pages made of the demo site's French paragraphs, in one column or two, with a title, headings,
 * bulleted lists, a running header and page numbers. Deterministic: the same files on every run.
 */
public final class PdfBenchmarkSet {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float TOP = 90;
    private static final float BOTTOM = 770;

    private PdfBenchmarkSet() { }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Files.write(dir.resolve("leaflet-fr.pdf"), PdfSamples.frenchLeaflet());
        Files.write(dir.resolve("leaflet-en.pdf"), PdfSamples.englishLeaflet());
        Files.write(dir.resolve("two-columns.pdf"), PdfSamples.twoColumns());
        Files.write(dir.resolve("form.pdf"), PdfSamples.form());
        List<String> paragraphs = demoParagraphs();
        for (int i = 1; i <= count; i++) {
            Files.write(dir.resolve(String.format("document-%02d.pdf", i)), document(i, paragraphs));
        }
    }

    private static List<String> demoParagraphs() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/fr/liseuse/demo"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (Element p : Jsoup.parse(Files.readString(f)).select("main p, article p")) {
                    String text = encodable(p.text());
                    if (text.split(" ").length >= 12) out.add(text);
                }
            }
        }
        return out;
    }

    /** The text with what Helvetica's WinAnsi encoding cannot write replaced by spaces. */
    private static String encodable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            try {
                FONT.encode(String.valueOf(c));
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append(' ');
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static byte[] document(int n, List<String> paragraphs) {
        Random random = new Random(n);
        boolean twoColumns = n % 2 == 0;
        int pages = 2 + random.nextInt(5);
        PdfMaker pdf = new PdfMaker().lang("fr");
        float columnWidth = twoColumns ? 215 : 450;
        float[] columns = twoColumns ? new float[] {72, 307} : new float[] {72};
        for (int p = 1; p <= pages; p++) {
            PdfMaker.Page page = pdf.page();
            page.text(72, 40, 9, "Ville de Lisière – Document d’information n° " + n);
            page.text(280, 810, 9, "Page " + p + " / " + pages);
            float y = TOP;
            if (p == 1) {
                page.text(72, y, 20, true, "Guide pratique numéro " + n + " des services de la ville");
                y += 40;
            }
            for (float x : columns) {
                float at = y;
                while (at < BOTTOM - 120) {
                    int kind = random.nextInt(6);
                    if (kind == 0) {
                        page.text(x, at + 6, 13, true, "Section " + (1 + random.nextInt(40)) + " : à savoir");
                        at += 26;
                    } else if (kind == 1) {
                        for (int item = 0; item < 3; item++) {
                            String sentence = paragraphs.get(random.nextInt(paragraphs.size())).split("[.;:] ")[0];
                            at = page.paragraph(x, at, columnWidth, 10, "• " + sentence);
                        }
                        at += 8;
                    } else {
                        at = page.paragraph(x, at, columnWidth, 10, paragraphs.get(random.nextInt(paragraphs.size())));
                        at += 8;
                    }
                }
            }
        }
        return pdf.bytes();
    }
}
