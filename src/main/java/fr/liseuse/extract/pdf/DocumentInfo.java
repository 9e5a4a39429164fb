package fr.liseuse.extract.pdf;

import fr.liseuse.text.Sanitizer;
import java.util.Calendar;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** What a PDF says about itself: its title, language (catalogue) and date (document information). */
final class DocumentInfo {

    private static final Pattern LANG = Pattern.compile("([A-Za-z]{2,3})(?:[-_].*)?");
    /** Titles that name a file or a tool rather than the document. */
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?iu).*\\.(docx?|odt|pdf|rtf|indd|pptx?|xlsx?|qxd)|untitled|sans titre|titre|title|document\\d*|\\W*");
    private static final Pattern TOOL_PREFIX = Pattern.compile("(?i)^(microsoft (word|powerpoint|excel) - )");

    private DocumentInfo() { }

    /** The title of the document information, when it is one a person wrote; else null. */
    static String title(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        String raw = info == null ? null : info.getTitle();
        if (raw == null) return null;
        String title = Sanitizer.inline(TOOL_PREFIX.matcher(raw.strip()).replaceFirst("")).strip();
        return NOT_A_TITLE.matcher(title).matches() ? null : title;
    }

    /** The language the catalogue declares, as a two- or three-letter code; else null. */
    static String lang(PDDocument document) {
        String raw = document.getDocumentCatalog().getLanguage();
        if (raw == null || raw.isBlank()) return null;
        Matcher m = LANG.matcher(raw.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The creation date, else the modification date, as an ISO-8601 date; else null. */
    static String published(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        if (info == null) return null;
        Calendar date = info.getCreationDate();
        if (date == null) date = info.getModificationDate();
        if (date == null) return null;
        int year = date.get(Calendar.YEAR);
        if (year < 1990 || year > 2200) return null;
        return date.toInstant().atZone(date.getTimeZone().toZoneId()).toLocalDate().toString();
    }
}
