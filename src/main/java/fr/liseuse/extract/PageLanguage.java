package fr.liseuse.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's language as a BCP 47 tag in its usual case ({@code fr}, {@code en-US}, {@code zh-Hant-TW}),
 * from {@code <html lang>}, then {@code xml:lang}, the content-language header tag, og:locale and a
 * language meta tag: the first one declared wins, with its region when it has one. A later source does
 * not add a region: og:locale is often a publishing tool's default ({@code en_US}) on any page.
 */
final class PageLanguage {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
    /** The language subtag of a declaration that is not a clean tag ({@code en-US.UTF-8}). */
    private static final Pattern PRIMARY = Pattern.compile("([A-Za-z]{2,3})(?![A-Za-z]).*");

    private PageLanguage() { }

    static String find(Document doc, MetadataTags tags) {
        Element html = doc.selectFirst("html");
        String[] declared = {html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
            tags.contentLanguage(), tags.meta("og:locale"), tags.meta("language")};
        for (String raw : declared) {
            String tag = normalised(raw);
            if (tag != null) return tag;
        }
        return null;
    }

    /** The first tag of a declaration in BCP 47 case, or null when it is not a language tag. */
    static String normalised(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String first = raw.strip().split("[,;\\s]")[0].replace('_', '-');
        if (!TAG.matcher(first).matches()) {
            Matcher primary = PRIMARY.matcher(first);
            return primary.matches() ? primary.group(1).toLowerCase(Locale.ROOT) : null;
        }
        String[] subtags = first.split("-");
        StringBuilder out = new StringBuilder(subtags[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < subtags.length; i++) {
            String s = subtags[i];
            out.append('-');
            if (s.length() == 2 || s.length() == 3 && s.chars().allMatch(Character::isDigit)) {
                out.append(s.toUpperCase(Locale.ROOT));
            } else if (s.length() == 4 && i == 1) {
                out.append(Character.toUpperCase(s.charAt(0))).append(s.substring(1).toLowerCase(Locale.ROOT));
            } else {
                out.append(s.toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
