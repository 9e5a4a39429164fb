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
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{1,2})(?:er)?\\s+([\\p{L}.]+)\\s+(\\d{4})");
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
        MetadataLinkedData ld = MetadataLinkedData.of(doc);
        String site = clean(first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name")));
        String title = title(doc, ld, site);
        if (site == null) site = titleSuffix(doc, title);
        return new Metadata(title, url(doc, ld, baseUri), lang(doc), published(doc, ld), byline(doc, ld), site);
    }

    // ---- title

    private String title(Document doc, MetadataLinkedData ld, String site) {
        Element h1 = headline(doc);
        String heading = h1 == null ? null : clean(h1.text());
        String og = clean(first(meta(doc, "og:title"), meta(doc, "twitter:title")));
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

    /** The page's main h1: the first inside article/main, else the first of the body. */
    private static Element headline(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, [role=main] h1");
        return h1 != null ? h1 : doc.selectFirst("h1");
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

    private static String url(Document doc, MetadataLinkedData ld, String baseUri) {
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String href = first(canonical == null ? null : canonical.attr("href"), meta(doc, "og:url"), ld.url());
        if (href == null) return null;
        String resolved = Urls.resolve(baseUri, href).orElse(null);
        if (resolved == null || !resolved.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) return null;
        return Sanitizer.inline(resolved);
    }

    private static String lang(Document doc) {
        Element html = doc.selectFirst("html");
        String raw = html == null ? "" : html.attr("lang");
        if (raw.isBlank() && html != null) raw = html.attr("xml:lang");
        if (raw.isBlank()) raw = first(doc.select("meta[http-equiv~=(?i)content-language]").attr("content"),
                meta(doc, "og:locale"), meta(doc, "language"));
        if (raw == null) return null;
        Matcher m = LANG.matcher(raw.strip().split("[,;\\s]")[0]);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    // ---- date

    private static String published(Document doc, MetadataLinkedData ld) {
        String raw = first(ld.datePublished(), meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "publication_date"), meta(doc, "dc.date.issued"), meta(doc, "dc.date"),
                meta(doc, "dcterms.date"), meta(doc, "dcterms.created"), meta(doc, "sailthru.date"),
                meta(doc, "parsely-pub-date"));
        String date = isoDate(raw);
        if (date != null) return date;
        Element time = doc.selectFirst("article time[datetime], main time[datetime], [itemprop=datePublished]");
        if (time == null) time = doc.selectFirst("time[datetime]");
        if (time != null) {
            date = isoDate(first(time.attr("datetime"), time.attr("content"), time.text()));
            if (date != null) return date;
        }
        Element t = doc.selectFirst("article time, main time, time");
        return t == null ? null : isoDate(t.text());
    }

    /** The ISO-8601 form of a date written in the usual machine or French/English forms, or null. */
    static String isoDate(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
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

    private static String byline(Document doc, MetadataLinkedData ld) {
        String raw = first(notUrl(meta(doc, "author")), ld.authors(), notUrl(meta(doc, "article:author")),
                notUrl(meta(doc, "dc.creator")), notUrl(meta(doc, "parsely-author")));
        if (raw == null) {
            Element el = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
                    + ".byline, .author, .auteur, .article-author, .post-author");
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

    /** The content of the meta tag whose property, name or itemprop is {@code key} (any case). */
    private static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content");
                if (!c.isBlank()) return c;
            }
        }
        return null;
    }

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
