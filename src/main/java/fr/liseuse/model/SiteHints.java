package fr.liseuse.model;

import java.util.List;

/**
 * CSS selectors a site profile gives to override the generic extraction heuristics on that site.
 * Each is optional (null): extraction falls back to its heuristics when a selector is absent, does
 * not parse, or matches nothing.
 *
 * @param menu    the site's navigation element
 * @param article the element(s) holding the main content
 * @param results each result of a site-search results page
 * @param exclude elements removed from the page before anything else is read (widgets, overlays)
 */
public record SiteHints(String menu, String article, String results, List<String> exclude) {

    public static final SiteHints NONE = new SiteHints(null, null, null, List.of());

    public SiteHints {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
}
