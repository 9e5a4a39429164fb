package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements page metadata is read from, gathered in one walk of the document instead of one
 * search per question: meta tags, canonical link, JSON-LD scripts, headline and author marks.
 */
final class MetadataTags implements NodeVisitor {

    private static final Set<String> AUTHOR_CLASSES = Set.of("byline", "author", "auteur", "article-author",
            "post-author");
    private static final int MAX_AUTHOR_MARKS = 40;

    private final Map<String, String> metas = new HashMap<>();
    private final List<Element> linkedData = new ArrayList<>();
    private String canonical;
    private String contentLanguage;
    private Element headline;
    private Element firstHeading;
    private final List<Element> authorMarks = new ArrayList<>();
    private final List<Element> authorClassMarks = new ArrayList<>();
    private int inContent;
    private int inAuthor;

    private MetadataTags() { }

    static MetadataTags of(Document doc) {
        MetadataTags tags = new MetadataTags();
        NodeTraversor.traverse(tags, doc);
        return tags;
    }

    /** The content of the first meta tag whose property, name or itemprop is key (any case), or null. */
    String meta(String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    /** The href of the canonical link, or null. */
    String canonical() {
        return canonical;
    }

    /** The content of an http-equiv content-language tag, or null. */
    String contentLanguage() {
        return contentLanguage;
    }

    /** The JSON-LD script elements. */
    List<Element> linkedData() {
        return linkedData;
    }

    /** The page's main h1: the first inside article/main, else the first of the page. */
    Element headline() {
        return headline != null ? headline : firstHeading;
    }

    /** The elements marked as an author (rel, itemprop or usual class names), in page order. */
    List<Element> authorMarks() {
        return authorMarks;
    }

    /**
     * The elements whose class name speaks of the author in a style sheet's own words
     * ("c-byline__name"), in page order: less sure than {@link #authorMarks()}.
     */
    List<Element> authorClassMarks() {
        return authorClassMarks;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element)) return;
        Element el = (Element) node;
        String tag = el.normalName();
        switch (tag) {
            case "meta": meta(el); break;
            case "link":
                if (canonical == null && el.hasAttr("href") && el.attr("rel").strip().equalsIgnoreCase("canonical")) {
                    canonical = el.attr("href");
                }
                break;
            case "script":
                if (el.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) linkedData.add(el);
                break;
            case "h1":
                if (firstHeading == null) firstHeading = el;
                if (headline == null && inContent > 0) headline = el;
                break;
            default: break;
        }
        if (opensContent(el)) inContent++;
        String itemprop = el.attr("itemprop");
        if (authorMark(el, itemprop)) {
            if (authorMarks.size() < MAX_AUTHOR_MARKS) authorMarks.add(el);
        } else if (authorClassMarks.size() < MAX_AUTHOR_MARKS && authorClassMark(el)) {
            authorClassMarks.add(el);
        }
        if (authorProperty(itemprop)) inAuthor++;
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element)) return;
        Element el = (Element) node;
        if (opensContent(el)) inContent--;
        if (authorProperty(el.attr("itemprop"))) inAuthor--;
    }

    private static boolean opensContent(Element el) {
        return el.nameIs("article") || el.nameIs("main") || el.attr("role").equals("main");
    }

    private boolean authorMark(Element el, String itemprop) {
        if (hasToken(el.attr("rel"), "author") || authorProperty(itemprop)) return true;
        if (inAuthor > 0 && itemprop.equals("name")) return true;
        String classes = el.className();
        // every element is asked: a substring test spares building the class set of almost all
        if (!classes.contains("author") && !classes.contains("byline") && !classes.contains("auteur")) return false;
        for (String c : el.classNames()) if (AUTHOR_CLASSES.contains(c)) return true;
        return false;
    }

    private static boolean authorClassMark(Element el) {
        String classes = el.className();
        // a substring test first, as for authorMark, with no copy of the name: "uthor" finds "Author" too
        if (!classes.contains("uthor") && !classes.contains("yline") && !classes.contains("utor")
                && !classes.contains("uteur")) {
            return false;
        }
        for (String c : el.classNames()) if (AuthorClassNames.marksAuthor(c)) return true;
        return false;
    }

    /** itemprop holds a space-separated list: "author creator". */
    private static boolean authorProperty(String itemprop) {
        return hasToken(itemprop, "author");
    }

    /** Whether a space-separated attribute value ("author creator", "author external") holds the token. */
    private static boolean hasToken(String value, String token) {
        int at = value.indexOf(token);
        while (at >= 0) {
            int end = at + token.length();
            boolean startsWord = at == 0 || Character.isWhitespace(value.charAt(at - 1));
            if (startsWord && (end == value.length() || Character.isWhitespace(value.charAt(end)))) return true;
            at = value.indexOf(token, end);
        }
        return false;
    }

    private void meta(Element m) {
        String content = m.attr("content");
        if (content.isBlank()) {
            return;
        }
        for (String attr : new String[] {"property", "name", "itemprop"}) {
            // RDFa allows several space-separated properties for one value ("dc:creator og:author")
            for (String key : m.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!key.isEmpty()) metas.putIfAbsent(key, content);
            }
        }
        if (contentLanguage == null && m.attr("http-equiv").toLowerCase(Locale.ROOT).contains("content-language")) {
            contentLanguage = content;
        }
    }
}
