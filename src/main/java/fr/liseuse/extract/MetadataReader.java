package fr.liseuse.extract;

import fr.liseuse.text.Sanitizer;
import org.jsoup.nodes.Document;

/** Reads title, canonical URL, language, date, byline and site name from a parsed page. */
final class MetadataReader {


    Metadata read(Document doc, String baseUri) {
        MetadataTags tags = MetadataTags.of(doc);
        MetadataLinkedData ld = MetadataLinkedData.of(tags.linkedData());
        String site = clean(first(tags.meta("og:site_name"), ld.publisher(), tags.meta("application-name")));
        String title = TitleFinder.find(doc, tags, ld, site);
        String byline = BylineFinder.find(tags, ld, site);
        if (site == null) site = SiteAffix.fromPlainTitle(clean(doc.title()), title);
        String lang = PageLanguage.find(doc, tags);
        return new Metadata(title, url(tags, ld, baseUri), lang, published(doc, tags, ld, lang, baseUri),
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

    private static String published(Document doc, MetadataTags tags, MetadataLinkedData ld, String lang,
            String baseUri) {
        String date = PublicationDate.of(doc, tags, ld, lang, Today.inDefaultZone(), tags.canonical(), tags.meta("og:url"),
                ld.url(), baseUri);
        return date == null ? null : Sanitizer.inline(date);
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
