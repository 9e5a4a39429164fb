package fr.liseuse.extract;

import fr.liseuse.text.Sanitizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, canonical URL, language, date, byline and site name from a parsed page. */
final class MetadataReader {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]{1,2}\\s+");
    private static final Pattern LANG = Pattern.compile("([A-Za-z]{2,3})(?:[-_].*)?");

    Metadata read(Document doc, String baseUri) {
        MetadataTags tags = MetadataTags.of(doc);
        MetadataLinkedData ld = MetadataLinkedData.of(tags.linkedData());
        String site = clean(first(tags.meta("og:site_name"), ld.publisher(), tags.meta("application-name")));
        String title = title(doc, tags, ld, site);
        if (site == null) site = titleSuffix(doc, title);
        String lang = lang(doc, tags);
        return new Metadata(title, url(tags, ld, baseUri), lang, published(doc, tags, ld, lang, baseUri),
                byline(tags, ld), site);
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

    private static String published(Document doc, MetadataTags tags, MetadataLinkedData ld, String lang,
            String baseUri) {
        String date = PublicationDate.of(doc, tags, ld, lang, LocalDate.now(), tags.canonical(), tags.meta("og:url"),
                ld.url(), baseUri);
        return date == null ? null : Sanitizer.inline(date);
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
