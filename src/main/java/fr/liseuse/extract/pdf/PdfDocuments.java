package fr.liseuse.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF document as an article: words and their places from PDFBox, rows and columns, running
 * text left out, blocks rebuilt from the layout, title, language and date from the document. Everything
 * stays in memory (nothing is written, not even a font cache). Refusals are {@link PdfRejected}.
 */
public final class PdfDocuments {

    /** Longer documents are refused: they are books or reports, not what a reader of articles is for. */
    public static final int MAX_PAGES = 500;

    private final int maxPages;

    public PdfDocuments() {
        this(MAX_PAGES);
    }

    PdfDocuments(int maxPages) {
        this.maxPages = maxPages;
    }

    /** @throws PdfRejected when the document needs a password, is damaged, has no text or too many pages */
    public PdfContent read(byte[] body) {
        QuietPdfBox.ensure();
        try (PDDocument document = Loader.loadPDF(body, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            return read(document);
        } catch (InvalidPasswordException e) {
            throw new PdfRejected("pdf.password").withCause(e);
        } catch (PdfRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PdfRejected("pdf.damaged").withCause(e);
        }
    }

    private PdfContent read(PDDocument document) throws IOException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) throw new PdfRejected("pdf.damaged");
        if (pageCount > maxPages) {
            throw new PdfRejected("pdf.tooManyPages", Integer.toString(pageCount), Integer.toString(maxPages));
        }
        List<PageText> pages = PageWords.read(document);
        List<List<Row>> rowsByPage = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        Set<String> hyphenated = new HashSet<>();
        for (PageText page : pages) {
            rowsByPage.add(PageRows.of(page));
            heights.add(page.height());
            LineJoiner.collectHyphenated(page.words(), hyphenated);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Row> pageRows : RunningText.removed(rowsByPage, heights)) {
            if (!pageRows.isEmpty()) rows.addAll(ColumnOrder.of(pageRows));
        }
        if (rows.isEmpty()) throw new PdfRejected("pdf.noText");
        TextStyle style = TextStyle.of(rows);
        List<Draft> drafts = new ArrayList<>(LayoutBlocks.of(rows, style));
        BlockText text = new BlockText(new LineJoiner(hyphenated));
        String title = DocumentInfo.title(document);
        Draft.Heading titleHeading = titleHeading(drafts, title, text);
        if (titleHeading != null) {
            drafts.remove(titleHeading);
            if (title == null) title = text.plain(titleHeading.lines());
        }
        var blocks = text.blocks(drafts);
        String lang = DocumentInfo.lang(document);
        if (lang == null) {
            StringBuilder all = new StringBuilder();
            for (var block : blocks) all.append(block.plainText()).append('\n');
            lang = LanguageGuess.of(all.toString());
        }
        return new PdfContent(title, lang, DocumentInfo.published(document), blocks, text.links());
    }

    /**
     * The heading that is the document's title: with a title from the document information, the
     * first page's heading that says the same; without one, the largest text of the first page.
     */
    private static Draft.Heading titleHeading(List<Draft> drafts, String title, BlockText text) {
        Draft.Heading largest = null;
        for (Draft d : drafts) {
            if (!(d instanceof Draft.Heading h) || h.page() != 1) continue;
            if (title != null && loose(text.plain(h.lines())).equals(loose(title))) return h;
            if (largest == null || h.size() > largest.size()) largest = h;
        }
        return title == null ? largest : null;
    }

    private static String loose(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").strip();
    }
}
