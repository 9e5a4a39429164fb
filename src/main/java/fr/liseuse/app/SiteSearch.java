package fr.liseuse.app;

import fr.liseuse.model.SearchResult;
import fr.liseuse.source.SourceException;
import fr.liseuse.text.Sanitizer;
import java.util.List;

/**
 * A site's own search ({@code liseuse search --site NAME}): runs the query on the site named by a
 * site profile ({@code mel}, {@code demo}…) and returns its results, best first. The implementation
 * is plugged in by {@code cli.Context#siteSearch}; until then {@link #UNAVAILABLE} answers.
 */
@FunctionalInterface
public interface SiteSearch {

    /** Says that site search is not available in this build (exit 69). */
    SiteSearch UNAVAILABLE = (site, query, limit) -> {
        throw new SourceException(SourceException.Kind.UNAVAILABLE, "search.site.unavailable", Sanitizer.inline(site));
    };

    /**
     * @param site  a site profile name
     * @param limit the most results wanted
     * @throws SourceException NOT_FOUND for an unknown site name, UNAVAILABLE when the site cannot be reached
     */
    List<SearchResult> search(String site, String query, int limit) throws SourceException;
}
