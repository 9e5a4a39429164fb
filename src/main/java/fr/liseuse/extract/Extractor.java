package fr.liseuse.extract;

import fr.liseuse.model.Contact;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.SiteHints;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The extraction facade: parses a document once and builds a {@link Page}. Never throws on messy
 * HTML: it always returns a best-effort page.
 */
public final class Extractor {

    private final MetadataReader metadataReader = new MetadataReader();
    private final MenuExtractor menuExtractor = new MenuExtractor();
    private final SearchResultsExtractor searchResultsExtractor = new SearchResultsExtractor();
    private final ArticleExtractor articleExtractor = new ArticleExtractor();
    private final ContactExtractor contactExtractor = new ContactExtractor();

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
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        return extract(doc, source, baseUri, hints == null ? SiteHints.NONE : hints);
    }

    /** Whether a CSS selector of a site profile parses (one that does not is ignored at extraction). */
    public static boolean validSelector(String selector) {
        return HintSelectors.parses(selector);
    }

    private Page extract(Document doc, String source, String baseUri, SiteHints hints) {
        // Menu and results read the whole document; the article extractor then prunes it.
        Metadata meta = metadataReader.read(doc, baseUri);
        HintSelectors.remove(doc, hints.exclude());
        String base = linkBase(doc, baseUri, meta.url());
        List<MenuEntry> menu = menu(doc, base, hints);
        List<Element> resultItems = HintSelectors.select(doc, hints.results());
        Optional<SearchResults> results = resultItems.isEmpty() ? searchResultsExtractor.extract(doc, base)
                : searchResultsExtractor.extract(doc, base, resultItems);
        List<Element> articleRoots = HintSelectors.select(doc, hints.article());
        Article article = articleRoots.isEmpty() ? articleExtractor.extract(doc, base, meta.title())
                : articleExtractor.extract(articleRoots, base, meta.title());
        List<Contact> contacts = contactExtractor.extract(article.blocks(), article.links());
        PageKind kind = results.isPresent() ? PageKind.SEARCH_RESULTS
                : article.articleLike() ? PageKind.ARTICLE : PageKind.PAGE;
        return new Page(source, kind, meta.url(), meta.title(), meta.lang(), meta.published(), meta.byline(),
                meta.site(), article.blocks(), article.links(), contacts, menu,
                results.map(SearchResults::results).orElse(List.of()),
                results.map(SearchResults::announcedCount).orElse(null));
    }

    private List<MenuEntry> menu(Document doc, String base, SiteHints hints) {
        for (Element nav : HintSelectors.select(doc, hints.menu())) {
            List<MenuEntry> entries = menuExtractor.read(nav, base);
            if (!entries.isEmpty()) return entries;
        }
        return menuExtractor.extract(doc, base);
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
