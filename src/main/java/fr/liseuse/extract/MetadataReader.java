package fr.liseuse.extract;

import fr.liseuse.text.Sanitizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, canonical URL, language, date, byline and site name from a parsed page. */
final class MetadataReader {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]{1,2}\\s+");
    /** Length of {@code 2025-03-04}: anything longer may hold a time. */
    private static final int DATE_ONLY = 10;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{1,2})(?:er)?\\s+([\\p{L}.]+)\\s+(\\d{4})");
    private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:published_time",
        "datePublished", "date", "pubdate", "publishdate", "publication_date", "dc.date.issued", "dc.date",
        "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date"};
    private static final Pattern LANG = Pattern.compile("([A-Za-z]{2,3})(?:[-_].*)?");
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
        String title = title(doc, tags, ld, site);
        if (site == null) site = titleSuffix(doc, title);
        return new Metadata(title, url(tags, ld, baseUri), lang(doc, tags), published(tags, ld), byline(tags, ld),
                site);
    }

    // ---- title

    private String title(Document doc, MetadataTags tags, MetadataLinkedData ld, String site) {
        Element h1 = tags.headline();
        String heading = h1 == null ? null : clean(h1.text());
        String og = clean(first(tags.meta("og:title"), tags.meta("twitter:title")));
        String json = clean(ld.headline());
        String plain = clean(doc.title());
        List<String> candidates = new ArrayList<>();
        for (String c : new String[] {og, json, plain}) {
            if (c == null) continue;
            candidates.add(c);
            String stripped = stripSite(c, site);
            if (!stripped.equals(c)) candidates.add(stripped);
        }
        if (heading != null && !heading.isEmpty()) {
            for (String c : candidates) {
                if (ContentText.loose(c).equals(ContentText.loose(heading))) return heading;
            }
        }
        for (String c : new String[] {og, json, plain}) {
            if (c != null && !c.isEmpty()) return stripSite(c, site);
        }
        return heading == null || heading.isEmpty() ? null : heading;
    }

    /** Removes a "| Site" part: the one naming the site, else a short last part after a separator. */
    static String stripSite(String title, String site) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) return title;
        Matcher m = SEPARATOR.matcher(title);
        if (site != null) {
            String s = ContentText.loose(site);
            String first = ContentText.loose(parts[0]);
            String last = ContentText.loose(parts[parts.length - 1]);
            if (!s.isEmpty() && (last.equals(s) || last.contains(s) && last.length() < s.length() + 12)) {
                return lastSeparatorCut(title, m, true);
            }
            if (!s.isEmpty() && (first.equals(s) || first.contains(s) && first.length() < s.length() + 12)) {
                return lastSeparatorCut(title, m, false);
            }
        }
        String last = parts[parts.length - 1];
        if (words(last) <= 4 && words(title) - words(last) >= 3) return lastSeparatorCut(title, m, true);
        return title;
    }

    private static String lastSeparatorCut(String title, Matcher m, boolean dropLast) {
        int start = -1;
        int end = -1;
        while (m.find()) {
            if (start < 0 || dropLast) { start = m.start(); end = m.end(); }
            if (!dropLast) break;
        }
        if (start < 0) return title;
        return (dropLast ? title.substring(0, start) : title.substring(end)).strip();
    }

    private static String titleSuffix(Document doc, String title) {
        String plain = clean(doc.title());
        if (plain == null || title == null || plain.length() <= title.length()) return null;
        String[] parts = SEPARATOR.split(plain);
        if (parts.length < 2) return null;
        String last = parts[parts.length - 1].strip();
        return !last.isEmpty() && words(last) <= 5 && !ContentText.loose(title).contains(ContentText.loose(last))
                ? last : null;
    }

    // ---- url, lang

    private static String url(MetadataTags tags, MetadataLinkedData ld, String baseUri) {
        String href = first(tags.canonical(), tags.meta("og:url"), ld.url());
        if (href == null) return null;
        String resolved = Urls.resolve(baseUri, href).orElse(null);
        if (resolved == null || !resolved.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) return null;
        return Sanitizer.inline(resolved);
    }

    private static String lang(Document doc, MetadataTags tags) {
        Element html = doc.selectFirst("html");
        String raw = html == null ? "" : html.attr("lang");
        if (raw.isBlank() && html != null) raw = html.attr("xml:lang");
        if (raw.isBlank()) raw = first(tags.contentLanguage(), tags.meta("og:locale"), tags.meta("language"));
        if (raw == null) return null;
        Matcher m = LANG.matcher(raw.strip().split("[,;\\s]")[0]);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
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

    // ---- byline

    private static String byline(MetadataTags tags, MetadataLinkedData ld) {
        String raw = first(notUrl(tags.meta("author")), ld.authors(), notUrl(tags.meta("article:author")),
                notUrl(tags.meta("dc.creator")), notUrl(tags.meta("parsely-author")));
        if (raw == null) {
            Element el = tags.author();
            if (el != null && el.text().length() <= 100) raw = el.text();
        }
        String name = clean(raw);
        if (name == null) return null;
        name = name.replaceFirst("(?i)^(by|par|de)\\s+", "").strip();
        return name.isEmpty() ? null : name;
    }

    private static String notUrl(String s) {
        return s == null || s.matches("(?i)^(https?:|/|www\\.).*") ? null : s;
    }

    // ---- helpers

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = Sanitizer.inline(s);
        return t.isEmpty() ? null : t;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
