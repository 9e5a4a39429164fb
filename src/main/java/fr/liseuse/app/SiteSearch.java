package fr.liseuse.app;

import fr.liseuse.model.SearchResult;
import fr.liseuse.source.SourceException;
import java.util.List;

/** A site's own search engine, run through its site profile ({@code search QUERY --site NAME}). */
public interface SiteSearch {

    /**
     * @param site  a profile name, e.g. {@code mel} or {@code demo}
     * @param limit at most this many results, in the site's order
     * @throws SourceException NOT_FOUND for an unknown site, or whatever fetching the results page raised
     */
    List<SearchResult> search(String site, String query, int limit) throws SourceException;
}
