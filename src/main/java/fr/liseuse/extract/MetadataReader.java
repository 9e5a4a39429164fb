package fr.liseuse.extract;

import fr.liseuse.text.Sanitizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, canonical URL, language, date, byline and site name from a parsed page. */
final class MetadataReader {

    /** Length of {@code 2025-03-04}: anything longer may hold a time. */
    private static final int DATE_ONLY = 10;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{1,2})(?:er)?\\s+([\\p{L}.]+)\\s+(\\d{4})");
    private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:published_time",
        "datePublished", "date", "pubdate", "publishdate", "publication_date", "dc.date.issued", "dc.date",
        "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date"};
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    Metadata read(Document doc, String baseUri) {
        MetadataTags tags = MetadataTags.of(doc);
        MetadataLinkedData ld = MetadataLinkedData.of(tags.linkedData());
        String site = clean(first(tags.meta("og:site_name"), ld.publisher(), tags.meta("application-name")));
        String title = TitleFinder.find(doc, tags, ld, site);
        String byline = BylineFinder.find(tags, ld, site);
        if (site == null) site = SiteAffix.fromPlainTitle(clean(doc.title()), title);
        return new Metadata(title, url(tags, ld, baseUri), PageLanguage.find(doc, tags), published(tags, ld),
                byline, site);
    }

    // ---- url

    private static String url(MetadataTags tags, MetadataLinkedData ld, String baseUri) {
        String href = first(tags.canonical(), tags.meta("og:url"), ld.url());
        if (href == null) return null;
        String resolved = Urls.resolve(baseUri, href).orElse(null);
        if (resolved == null || !resolved.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) return null;
        return Sanitizer.inline(resolved);
    }

    // ---- date

    private static String published(MetadataTags tags, MetadataLinkedData ld) {
        String raw = ld.datePublished();
        for (String key : PUBLISHED_KEYS) raw = first(raw, tags.meta(key));
        String date = isoDate(raw);
        if (date != null) return date;
        Element time = tags.time();
        return time == null ? null : isoDate(first(time.attr("datetime"), time.attr("content"), time.text()));
    }

    /** The ISO-8601 form of a date written in the usual machine or French/English forms, or null. */
    static String isoDate(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        return s.length() > DATE_ONLY ? dateTime(s) : dateOnly(s);
    }

    /** {@code 2025-03-04T10:00:00+01:00} and the like; else the date inside. */
    private static String dateTime(String s) {
        try {
            return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException ignored) {
            // not a full date-time with offset
        }
        try {
            return OffsetDateTime.parse(s.replace(' ', 'T').replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException ignored) {
            // not that either
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (RuntimeException ignored) {
            // keep trying
        }
        return dateOnly(s);
    }

    /**
     * A date without a time, in ISO or written form. No java.time parser is tried on these: each
     * failure builds an exception, and a page's date is usually one.
     */
    private static String dateOnly(String s) {
        Matcher iso = ISO_DATE.matcher(s);
        if (iso.find()) return date(iso.group(1), iso.group(2), iso.group(3));
        Matcher text = TEXT_DATE.matcher(s.toLowerCase(Locale.ROOT));
        if (text.find()) {
            Integer month = MONTHS.get(text.group(2).replace(".", ""));
            if (month != null) return date(text.group(3), String.valueOf(month), text.group(1));
        }
        return null;
    }

    private static String date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- helpers

    /** The first value that is not blank, or null. */
    static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    /** The value sanitised for one line, or null when nothing is left. */
    static String clean(String s) {
        if (s == null) return null;
        String t = Sanitizer.inline(s);
        return t.isEmpty() ? null : t;
    }
}
