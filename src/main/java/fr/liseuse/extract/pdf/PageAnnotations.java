package fr.liseuse.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * What a page's annotations add to its words: the web address of a link drawn over some words, and
 * the values typed into a form's fields, placed where the field is drawn (next to its label).
 */
final class PageAnnotations {

    /** Fields of a form holding at most this many widgets are read; more is not a form a person fills. */
    private static final int MAX_FIELDS = 2000;

    private final Map<COSDictionary, String> valuesByWidget;

    private PageAnnotations(Map<COSDictionary, String> valuesByWidget) {
        this.valuesByWidget = valuesByWidget;
    }

    static PageAnnotations of(PDDocument document) {
        Map<COSDictionary, String> values = new HashMap<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) return new PageAnnotations(values);
        int seen = 0;
        for (PDField field : form.getFieldTree()) {
            if (++seen > MAX_FIELDS) break;
            if (!(field instanceof PDTextField) && !(field instanceof PDChoice)) continue;
            String value = field.getValueAsString();
            if (value == null || value.isBlank() || value.startsWith("[]")) continue;
            String shown = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
            for (PDAnnotationWidget widget : field.getWidgets()) values.put(widget.getCOSObject(), shown.strip());
        }
        return new PageAnnotations(values);
    }

    /** The filled fields of the page as words, where their boxes are drawn. */
    List<Word> formValues(PDPage page, PDRectangle box) throws IOException {
        List<Word> words = new ArrayList<>();
        if (valuesByWidget.isEmpty()) return words;
        for (PDAnnotation annotation : page.getAnnotations()) {
            String value = valuesByWidget.get(annotation.getCOSObject());
            PDRectangle rect = annotation.getRectangle();
            if (value == null || rect == null) continue;
            double top = box.getUpperRightY() - rect.getUpperRightY();
            double bottom = box.getUpperRightY() - rect.getLowerLeftY();
            double size = Math.max(6, Math.min(14, (bottom - top) * 0.7));
            double x0 = rect.getLowerLeftX() - box.getLowerLeftX() + 2;
            double x1 = Math.max(x0 + 1, rect.getUpperRightX() - box.getLowerLeftX());
            words.add(new Word(value.replaceAll("\\s+", " "), x0, x1, bottom - (bottom - top - size) / 2 - size * 0.2,
                    size, false, null));
        }
        return words;
    }

    /** The words, each word drawn under a web link carrying its address. */
    List<Word> linked(PDPage page, PDRectangle box, List<Word> words) throws IOException {
        List<double[]> areas = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link)) continue;
            PDAction action = link.getAction();
            PDRectangle rect = link.getRectangle();
            if (!(action instanceof PDActionURI uri) || uri.getURI() == null || rect == null) continue;
            areas.add(new double[] {rect.getLowerLeftX() - box.getLowerLeftX(), box.getUpperRightY() - rect.getUpperRightY(),
                    rect.getUpperRightX() - box.getLowerLeftX(), box.getUpperRightY() - rect.getLowerLeftY()});
            urls.add(uri.getURI().strip());
        }
        if (areas.isEmpty()) return words;
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) out.add(withLink(w, areas, urls));
        return out;
    }

    private static Word withLink(Word w, List<double[]> areas, List<String> urls) {
        double x = w.centreX();
        double y = w.baseline() - w.size() / 3;
        for (int i = 0; i < areas.size(); i++) {
            double[] a = areas.get(i);
            if (x >= a[0] && x <= a[2] && y >= a[1] - 1 && y <= a[3] + 1) return w.withUrl(urls.get(i));
        }
        return w;
    }
}
