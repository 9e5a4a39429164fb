package fr.liseuse.extract.pdf;

import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the words of every page with their place, size and weight, using PDFBox's text stripper
 * for glyph decoding and positions; link targets and filled form values are added from the page's
 * annotations ({@link PageAnnotations}).
 */
final class PageWords extends PDFTextStripper {

    private final PageAnnotations annotations;
    private final List<PageText> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private List<Word> current;
    private PDRectangle box;

    private PageWords(PageAnnotations annotations) {
        this.annotations = annotations;
        setSortByPosition(true);
    }

    static List<PageText> read(PDDocument document) throws IOException {
        PageWords words = new PageWords(PageAnnotations.of(document));
        words.writeText(document, Writer.nullWriter());
        return words.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        box = page.getCropBox();
        current = new ArrayList<>(annotations.formValues(page, box));
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        current = annotations.linked(page, box, current);
        pages.add(new PageText(pages.size() + 1, box.getWidth(), box.getHeight(), current));
        current = null;
        super.endPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (current == null) return;
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                addWord(word);
                word = new ArrayList<>();
            } else {
                word.add(p);
            }
        }
        addWord(word);
    }

    private void addWord(List<TextPosition> positions) {
        if (positions.isEmpty()) return;
        StringBuilder raw = new StringBuilder();
        for (TextPosition p : positions) raw.append(withoutLigatures(p.getUnicode()));
        String text = Sanitizer.inline(raw.toString()).strip();
        if (text.isEmpty()) return;
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        double size = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir();
        boolean bold = true;
        for (TextPosition p : positions) bold &= isBold(p.getFont());
        current.add(new Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                first.getYDirAdj(), Math.max(size, 1), bold, null));
    }

    /** "ﬁ" as "fi": typesetters' ligatures read as the letters they join. */
    private static String withoutLigatures(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') return Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s;
    }

    private boolean isBold(PDFont font) {
        if (font == null) return false;
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")) {
                return true;
            }
            PDFontDescriptor d = f.getFontDescriptor();
            return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
    }
}
