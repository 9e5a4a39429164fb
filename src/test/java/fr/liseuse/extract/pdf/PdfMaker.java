package fr.liseuse.extract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Writes test PDFs with PDFBox, in points from the page's top-left corner (as a reader sees it):
 * text at a place and size, wrapped paragraphs, links over a rectangle, document information.
 */
public final class PdfMaker {

    static {
        QuietPdfBox.ensure();
    }

    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final List<Consumer<PDDocument>> finishing = new ArrayList<>();

    /** One page being written. */
    public final class Page {
        final PDPage page;
        private final PDPageContentStream out;

        private Page() throws IOException {
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
        }

        /** One line of text whose baseline is {@code y} points from the top. */
        public Page text(float x, float y, float size, boolean bold, String text) {
            try {
                out.beginText();
                out.setFont(bold ? BOLD : REGULAR, size);
                out.newLineAtOffset(x, HEIGHT - y);
                out.showText(text);
                out.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Page text(float x, float y, float size, String text) {
            return text(x, y, size, false, text);
        }

        /** Text wrapped to {@code width} points, lines {@code 1.2 × size} apart; the baseline after it. */
        public float paragraph(float x, float y, float width, float size, String text) {
            StringBuilder line = new StringBuilder();
            float baseline = y;
            for (String word : text.split(" ")) {
                String tried = line.length() == 0 ? word : line + " " + word;
                if (width(tried, size) > width && line.length() > 0) {
                    text(x, baseline, size, line.toString());
                    baseline += size * 1.2f;
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            if (line.length() > 0) text(x, baseline, size, line.toString());
            return baseline + size * 1.2f;
        }

        /** A link to url over the rectangle whose top-left corner is (x, top). */
        public Page link(float x, float top, float width, float height, String url) {
            try {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(x, HEIGHT - top - height, width, height));
                PDActionURI action = new PDActionURI();
                action.setURI(url);
                link.setAction(action);
                page.getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        void close() throws IOException {
            out.close();
        }
    }

    private final List<Page> pages = new ArrayList<>();

    public Page page() {
        try {
            Page p = new Page();
            pages.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static float width(String text, float size) {
        try {
            return REGULAR.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfMaker title(String title) {
        document.getDocumentInformation().setTitle(title);
        return this;
    }

    public PdfMaker lang(String lang) {
        document.getDocumentCatalog().setLanguage(lang);
        return this;
    }

    public PdfMaker created(int year, int month, int day) {
        Calendar date = Calendar.getInstance();
        date.clear();
        date.set(year, month - 1, day, 10, 0);
        document.getDocumentInformation().setCreationDate(date);
        return this;
    }

    /** Something to do to the document before it is saved (a form, encryption). */
    public PdfMaker finishing(Consumer<PDDocument> step) {
        finishing.add(step);
        return this;
    }

    PDDocument document() {
        return document;
    }

    public byte[] bytes() {
        try {
            for (Page p : pages) p.close();
            for (Consumer<PDDocument> step : finishing) step.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
