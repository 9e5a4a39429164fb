package fr.liseuse.app;

import fr.liseuse.model.SearchResult;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import java.util.List;

/** A site's own search engine, run through its site profile ({@code search QUERY --site NAME}). */
public interface SiteSearch {

    /**
     * @param site  a profile name, e.g. {@code mel} or {@code demo}
     * @param limit at most this many results, in the site's order
     * @throws SourceException NOT_FOUND for an unknown site, or whatever fetching the results page raised
     */
    default List<SearchResult> search(String site, String query, int limit) throws SourceException {
        return search(site, query, limit, Received.unwatched());
    }

    /** The same, RECEIVED counting the bytes of the results page as they arrive (for a reader's progress message). */
    List<SearchResult> search(String site, String query, int limit, Received received) throws SourceException;
}
