package fr.liseuse.extract;

import fr.liseuse.extract.pdf.PdfContent;
import fr.liseuse.extract.pdf.PdfDocuments;
import fr.liseuse.extract.pdf.PdfRejected;
import fr.liseuse.model.Contact;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.PagePart;
import fr.liseuse.model.SiteHints;
import fr.liseuse.text.Sanitizer;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The extraction facade: parses a document once and builds a {@link Page}. Never throws on messy
 * HTML: it always returns a best-effort page.
 */
public final class Extractor {

    private final PageParts parts;

    public Extractor() {
        this(PartFaults.IGNORED);
    }

    /** @param faults told of each part that failed on a page; the page still comes out, without that part */
    public Extractor(PartFaults faults) {
        this(standardParts(faults));
    }

    Extractor(PageParts parts) {
        this.parts = parts;
    }

    PageParts parts() {
        return parts;
    }

    private static PageParts standardParts(PartFaults faults) {
        MetadataReader metadataReader = new MetadataReader();
        ArticleExtractor articleExtractor = new ArticleExtractor();
        MenuExtractor menuExtractor = new MenuExtractor();
        SearchResultsExtractor searchResultsExtractor = new SearchResultsExtractor();
        ContactExtractor contactExtractor = new ContactExtractor();
        return new PageParts(in -> metadataReader.read(in.doc(), in.base()),
                (in, title) -> article(articleExtractor, in, title),
                in -> menu(menuExtractor, in),
                in -> results(searchResultsExtractor, in),
                contactExtractor::extract, faults);
    }

    /**
     * @param html    the decoded document
     * @param source  the SOURCE as the user gave it
     * @param baseUri the URI links are resolved against
     */
    public Page extract(String html, String source, String baseUri) {
        return extract(html, source, baseUri, SiteHints.NONE);
    }

    /**
     * As {@link #extract(String, String, String)}, with the CSS selectors of the site's profile
     * taking precedence over the heuristics where they match.
     */
    public Page extract(String html, String source, String baseUri, SiteHints hints) {
        return extract(html, source, baseUri, hints, PagePart.ALL);
    }

    /**
     * As {@link #extract(String, String, String, SiteHints)}, reading only the parts asked for besides
     * the metadata and the article: a menu, search results or contacts not asked for stay empty (and
     * without results, the page is never of the search-results kind).
     */
    public Page extract(String html, String source, String baseUri, SiteHints hints, Set<PagePart> wanted) {
        return extract(() -> new StringReader(html), source, baseUri, hints, wanted);
    }

    /**
     * As {@link #extract(String, String, String, SiteHints, Set)}, parsing the document as it is read:
     * {@code html} opens it from its start each time it is called (once, or twice when the article step
     * fails and the whole body text is read from the document as it came), so no whole copy of its text
     * needs to be kept beside the document.
     */
    public Page extract(Supplier<Reader> html, String source, String baseUri, SiteHints hints, Set<PagePart> wanted) {
        String uri = baseUri == null ? "" : baseUri;
        Document doc = parse(html.get(), uri);
        return extract(doc, () -> parse(html.get(), uri), source, baseUri, hints == null ? SiteHints.NONE : hints,
                wanted);
    }

    /** The document, as {@code Jsoup.parse(String, String)} builds it from the same text. */
    private static Document parse(Reader html, String uri) {
        return Parser.htmlParser().parseInput(html, uri);
    }

    /**
     * The page of a PDF document: its own title, language, date, blocks and links, and the contacts
     * found in them as on any page.
     *
     * @throws PdfRejected when the document needs a password, is damaged, has no text or too many pages
     */
    public Page extractPdf(byte[] body, String source) {
        PdfContent pdf = new PdfDocuments().read(body);
        List<Contact> contacts = parts.run(source, PagePart.CONTACTS,
                () -> parts.contacts().apply(pdf.blocks(), pdf.links()), List::of);
        return new Page(source, PageKind.ARTICLE, null, pdf.title(), pdf.lang(), pdf.published(), null, null,
                pdf.blocks(), pdf.links(), contacts, List.of(), List.of(), null);
    }

    /** Whether a CSS selector of a site profile parses (one that does not is ignored at extraction). */
    public static boolean validSelector(String selector) {
        return HintSelectors.parses(selector);
    }

    /** @param unread the document as parsed, before any part pruned it: what the article falls back to */
    private Page extract(Document doc, Supplier<Document> unread, String source, String baseUri, SiteHints hints,
            Set<PagePart> wanted) {
        // Menu and results read the whole document; the article step then prunes it.
        Metadata meta = parts.run(source, PagePart.METADATA,
                () -> parts.metadata().apply(new PageParts.Input(doc, baseUri, hints)),
                () -> new Metadata(Sanitizer.inline(doc.title()), null, null, null, null, null));
        HintSelectors.remove(doc, hints.exclude());
        String base = linkBase(doc, baseUri, meta.url());
        PageParts.Input input = new PageParts.Input(doc, base, hints);
        List<MenuEntry> menu = ifWanted(wanted, source, PagePart.MENU, () -> parts.menu().apply(input), List::of);
        Optional<SearchResults> results = ifWanted(wanted, source, PagePart.RESULTS,
                () -> parts.results().apply(input), Optional::empty);
        Article article = parts.run(source, PagePart.ARTICLE, () -> parts.article().apply(input, meta.title()),
                () -> WholeBodyText.of(unread.get()));
        List<Contact> contacts = ifWanted(wanted, source, PagePart.CONTACTS,
                () -> parts.contacts().apply(article.blocks(), article.links()), List::of);
        PageKind kind = results.isPresent() ? PageKind.SEARCH_RESULTS
                : article.articleLike() ? PageKind.ARTICLE : PageKind.PAGE;
        return new Page(source, kind, meta.url(), meta.title(), meta.lang(), meta.published(), meta.byline(),
                meta.site(), article.blocks(), article.links(), contacts, menu,
                results.map(SearchResults::results).orElse(List.of()),
                results.map(SearchResults::announcedCount).orElse(null));
    }

    /** A part the caller asked for, run through the guard; else {@code none}, without running it. */
    private <T> T ifWanted(Set<PagePart> wanted, String source, PagePart part, Supplier<T> step, Supplier<T> none) {
        return wanted.contains(part) ? parts.run(source, part, step, none) : none.get();
    }

    private static Article article(ArticleExtractor extractor, PageParts.Input in, String title) {
        List<Element> roots = HintSelectors.select(in.doc(), in.hints().article());
        return roots.isEmpty() ? extractor.extract(in.doc(), in.base(), title) : extractor.extract(roots, in.base(), title);
    }

    private static List<MenuEntry> menu(MenuExtractor menuExtractor, PageParts.Input in) {
        for (Element nav : HintSelectors.select(in.doc(), in.hints().menu())) {
            List<MenuEntry> entries = menuExtractor.read(nav, in.base());
            if (!entries.isEmpty()) return entries;
        }
        return menuExtractor.extract(in.doc(), in.base());
    }

    private static Optional<SearchResults> results(SearchResultsExtractor extractor, PageParts.Input in) {
        List<Element> resultItems = HintSelectors.select(in.doc(), in.hints().results());
        return resultItems.isEmpty() ? extractor.extract(in.doc(), in.base())
                : extractor.extract(in.doc(), in.base(), resultItems);
    }

    /**
     * What relative links resolve against: the page's {@code <base href>} when it has one; for a saved
     * page (a file or standard input) its canonical web address, since "/quotidien" on a page saved
     * from a site means that site's "/quotidien", not a path on this disk; else where it was read from.
     */
    private static String linkBase(Document doc, String baseUri, String canonical) {
        Element base = doc.selectFirst("base[href]");
        if (base != null) {
            Optional<String> resolved = Urls.resolve(baseUri, base.attr("href"));
            if (resolved.isPresent() && resolved.get().matches("(?i)https?://.+")) return resolved.get();
        }
        boolean saved = baseUri == null || baseUri.isEmpty() || baseUri.startsWith("file:");
        if (saved && canonical != null && canonical.matches("(?i)https?://.+")) return canonical;
        return baseUri;
    }
}
