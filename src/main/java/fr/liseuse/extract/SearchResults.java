package fr.liseuse.extract;

import fr.liseuse.model.SearchResult;
import java.util.List;

/**
 * What a site-search results page lists.
 *
 * @param announcedCount the count the page announces ("3 résultats", "Aucun résultat" → 0), or null
 */
record SearchResults(List<SearchResult> results, Integer announcedCount) {
    SearchResults {
        results = List.copyOf(results);
    }
}
