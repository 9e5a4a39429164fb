package fr.liseuse.config;

import fr.liseuse.model.SiteHints;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What liseuse knows about one site: its name on the command line ({@code --site mel}), its
 * address, its start page, how to run its own search, and selectors overriding the extraction
 * heuristics there.
 *
 * @param name           lower-case identifier
 * @param title          the site's name for people
 * @param baseUrl        address every page of the site starts with, without a trailing slash ({@code demo:} for the demo site)
 * @param start          absolute address of the start page
 * @param searchTemplate absolute address of a search, {@code {query}} standing for the URL-encoded query
 * @param userDefined    whether it comes from the user's config folder
 */
public record SiteProfile(String name, String title, String baseUrl, String start, String searchTemplate,
        SiteHints hints, boolean userDefined) {

    public static final String QUERY = "{query}";

    /** The address of a search of this site for {@code query}. */
    public String searchUrl(String query) {
        return searchTemplate.replace(QUERY, URLEncoder.encode(query.strip(), StandardCharsets.UTF_8));
    }

    /** Whether url is a page of this site. */
    public boolean covers(String url) {
        if (url == null || !url.regionMatches(true, 0, baseUrl, 0, baseUrl.length())) return false;
        if (url.length() == baseUrl.length()) return true;
        char next = url.charAt(baseUrl.length());
        return next == '/' || next == '?' || next == '#';
    }

    /** The same profile at another address (tests, mirrors): start and search move with it. */
    SiteProfile rebased(String newBase) {
        String base = SiteProfileReader.trimBase(newBase);
        return new SiteProfile(name, title, base, move(start, base), move(searchTemplate, base), hints, userDefined);
    }

    private String move(String url, String newBase) {
        return url.startsWith(baseUrl) ? newBase + url.substring(baseUrl.length()) : url;
    }
}
