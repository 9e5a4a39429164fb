package fr.liseuse.extract;

import fr.liseuse.model.SearchResult;
import fr.liseuse.text.Sanitizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Recognises a site-search results page (a search URL, a form echoing the query or a "Résultats de
 * recherche" heading, plus a list of results or an announced count) and reads each result's title,
 * URL and snippet. An article listing related links is not one. Never changes the DOM.
 */
final class SearchResultsExtractor {

    private static final Set<String> QUERY_NAMES = Set.of(
            "q", "query", "s", "search", "recherche", "rechercher", "keys", "keywords", "motcle", "mots",
            "term", "terms", "text", "texte", "search_api_fulltext", "searchtext");
    private static final Set<String> SEARCH_PATHS = Set.of("search", "recherche", "rechercher", "resultats");
    /** Parsed once: the checks below run on many elements and their ancestors. */
    private static final Evaluator OUTSIDE_CONTENT =
            QueryParser.parse("nav, header, footer, [role=navigation], [role=banner], [role=contentinfo]");
    private static final int MAX_COUNT_CHECKS = 2000;
    private static final String SNIPPET = "p, .snippet, .excerpt, .description, .summary, .teaser, .chapo, .extrait, .resume";

    Optional<SearchResults> extract(Document doc, String baseUri) {
        boolean searchPage = searchUrl(baseUri) || echoesQuery(doc) || announcesResults(doc);
        Element container = resultContainer(doc, searchPage);
        List<Element> items = container == null ? List.of() : itemsOf(container);
        List<SearchResult> results = new ArrayList<>();
        for (Element item : items) result(item, baseUri).ifPresent(results::add);
        boolean namedResults = container != null && isResultish(container);
        if (!searchPage && !(namedResults && !results.isEmpty())) return Optional.empty();
        Integer count = announcedCount(doc, items).orElse(null);
        if (count != null && count == 0) results.clear(); // "Aucun résultat": what follows are suggestions
        if (results.isEmpty() && count == null) return Optional.empty();
        return Optional.of(new SearchResults(results, count));
    }

    /** The results a site profile's selector points at, each read as a result; the page's count if it announces one. */
    Optional<SearchResults> extract(Document doc, String baseUri, List<Element> items) {
        List<SearchResult> results = new ArrayList<>();
        for (Element item : items) result(item, baseUri).ifPresent(results::add);
        Integer count = announcedCount(doc, items).orElse(null);
        if (results.isEmpty() && count == null) return Optional.empty();
        return Optional.of(new SearchResults(results, count));
    }

    private static boolean searchUrl(String baseUri) {
        if (baseUri == null) return false;
        try {
            URI uri = new URI(baseUri.strip());
            String query = uri.getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && eq < pair.length() - 1
                            && QUERY_NAMES.contains(pair.substring(0, eq).toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
            String path = uri.getRawPath();
            if (path != null) {
                for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
                    if (SEARCH_PATHS.contains(segment)) return true;
                }
            }
        } catch (Exception malformed) {
            return false;
        }
        return false;
    }

    /** A search field that shows the query the page answers. */
    private static boolean echoesQuery(Document doc) {
        for (Element input : doc.select("input[value]")) {
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            boolean searchField = type.equals("search")
                    || ((type.isEmpty() || type.equals("text")) && QUERY_NAMES.contains(input.attr("name").toLowerCase(Locale.ROOT)));
            if (searchField && !input.attr("value").isBlank()) return true;
        }
        return false;
    }

    private static boolean announcesResults(Document doc) {
        if (SearchCount.speaksOfResults(doc.title())) return true;
        for (Element h : doc.select("h1, h2, [role=status]")) {
            if (SearchCount.speaksOfResults(h.text())) return true;
        }
        return false;
    }

    /** The element holding the most results: one named like results, or on a search page, any list of linked items. */
    private static Element resultContainer(Document doc, boolean searchPage) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : doc.select("[class], [id]")) {
            if (isResultish(e) && !isOutsideContent(e)) {
                candidates.add(e);
                if (e.parent() != null) candidates.add(e.parent());
            }
        }
        if (candidates.isEmpty() && searchPage) {
            Element scope = doc.selectFirst("main, [role=main]");
            if (scope == null) scope = doc.body();
            if (scope != null) {
                for (Element e : scope.select("ul, ol, section, div")) {
                    if (!isOutsideContent(e)) candidates.add(e);
                }
            }
        }
        Element best = null;
        int bestCount = 0;
        for (Element c : candidates) {
            int count = itemsOf(c).size();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /** Children that are results: each holds a link; a lone list inside stands for its items. */
    private static List<Element> itemsOf(Element container) {
        List<Element> items = linkedChildren(container);
        if (items.size() <= 1) {
            Element list = container.selectFirst("ul, ol");
            if (list != null && list != container) {
                List<Element> listed = linkedChildren(list);
                if (listed.size() > items.size()) items = listed;
            }
        }
        return items;
    }

    private static List<Element> linkedChildren(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Element child : parent.children()) {
            if (isPagination(child) || child.is(OUTSIDE_CONTENT) || child.selectFirst("a[href]") == null) continue;
            Element link = titleLink(child);
            if (link != null && hasText(link) && !isPagerText(link.text()) && leadsItem(child, link)) out.add(child);
        }
        return out;
    }

    /** A result opens with its title link; a link inside a sentence ("consultez le plan du site") is not one. */
    private static boolean leadsItem(Element item, Element link) {
        if (link.parent() != null && link.parent().is("h1, h2, h3, h4, h5, h6")) return true;
        String text = Sanitizer.inline(item.text());
        return text.startsWith(Sanitizer.inline(link.text()));
    }

    private static Optional<SearchResult> result(Element item, String baseUri) {
        Element link = titleLink(item);
        if (link == null) return Optional.empty();
        String title = Sanitizer.inline(link.text());
        Optional<String> url = Urls.resolve(baseUri, link.attr("href")).map(Sanitizer::inline);
        if (title.isEmpty() || url.isEmpty()) return Optional.empty();
        return Optional.of(new SearchResult(title, url.get(), snippet(item, link, title)));
    }

    private static Element titleLink(Element item) {
        Element inHeading = item.selectFirst("h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]");
        return inHeading != null ? inHeading : item.selectFirst("a[href]");
    }

    /** The first text after the title (a label above it, such as "Page" or "Actualité", is the fallback). */
    private static String snippet(Element item, Element link, String title) {
        List<Element> order = item.getAllElements();
        int linkAt = order.indexOf(link);
        String before = null;
        for (Element e : item.select(SNIPPET)) {
            if (e == item || isAncestor(e, link)) continue;
            String text = Sanitizer.inline(e.text());
            if (text.isEmpty()) continue;
            if (order.indexOf(e) > linkAt) return text;
            if (before == null) before = text;
        }
        if (before != null) return before;
        String all = Sanitizer.inline(item.text());
        int at = all.indexOf(title);
        String rest = at >= 0 ? (all.substring(0, at) + " " + all.substring(at + title.length())).strip() : all;
        return Sanitizer.inline(rest);
    }

    private static Optional<Integer> announcedCount(Document doc, List<Element> items) {
        int budget = MAX_COUNT_CHECKS;
        for (Element e : doc.select("h1, h2, h3, h4, p, span, strong, div, [role=status], caption, legend")) {
            if (budget-- == 0) break;
            if (e.normalName().equals("div") && e.childrenSize() > 3) continue; // a layout box, not a line of text
            if (isOutsideContent(e) || insideAny(e, items)) continue;
            String text = e.text();
            if (text.length() > SearchCount.MAX_LENGTH) continue;
            Optional<Integer> count = SearchCount.read(text);
            if (count.isPresent()) return count;
        }
        return Optional.empty();
    }

    private static boolean isResultish(Element e) {
        String raw = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        // most names on a page say nothing of results: skip the costly folding for them
        if (!raw.contains("sult") && !raw.contains("search") && !raw.contains("hit")) return false;
        String naming = SearchCount.fold(raw);
        return naming.contains("result") || naming.contains("search-hit") || naming.contains("searchhit");
    }

    private static boolean isOutsideContent(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.is(OUTSIDE_CONTENT) || isPagination(a)) return true;
        }
        return false;
    }

    private static boolean isPagination(Element e) {
        // both words are plain ASCII, so lower case is enough: no accent folding needed here
        String naming = (e.className() + " " + e.id() + " " + e.attr("aria-label")).toLowerCase(Locale.ROOT);
        return naming.contains("pagination") || naming.contains("pager");
    }

    private static boolean isPagerText(String text) {
        String t = SearchCount.fold(text).strip();
        return t.chars().allMatch(Character::isDigit) || t.startsWith("suivant") || t.startsWith("precedent")
                || t.startsWith("page suivante") || t.startsWith("next") || t.startsWith("previous");
    }

    private static boolean hasText(Element e) {
        return !Sanitizer.inline(e.text()).isEmpty();
    }

    private static boolean isAncestor(Element maybeAncestor, Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == maybeAncestor) return true;
        }
        return false;
    }

    private static boolean insideAny(Element e, List<Element> items) {
        for (Element a = e; a != null; a = a.parent()) {
            if (items.contains(a)) return true;
        }
        return false;
    }
}
