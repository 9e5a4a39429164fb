package fr.liseuse.app;

import fr.liseuse.config.SiteProfile;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.extract.Extractor;
import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.model.SearchResult;
import fr.liseuse.source.Charsets;
import fr.liseuse.source.Fetched;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.Sources;
import fr.liseuse.text.Sanitizer;
import java.io.InputStream;
import java.util.List;

/**
 * Runs a site's own search: fills the profile's search address with the query, fetches it through
 * {@link Sources} (so {@code demo} works offline and the network options apply) and reads the
 * results page with the profile's selectors.
 */
public final class SiteSearches implements SiteSearch {

    private static final int MAX_SHOWN_NAME = 40;

    private final Sources sources;
    private final SiteProfiles profiles;
    private final Extractor extractor = new Extractor();

    public SiteSearches(Sources sources, SiteProfiles profiles) {
        this.sources = sources;
        this.profiles = profiles;
    }

    @Override
    public List<SearchResult> search(String site, String query, int limit, Received received) throws SourceException {
        SiteProfile profile = profiles.find(site).orElseThrow(() -> unknown(site));
        String url = profile.searchUrl(query);
        Fetched fetched = sources.open(url, InputStream.nullInputStream(), received);
        Page page = extractor.extract(Charsets.decode(fetched), url, fetched.baseUri(), profile.hints(),
                PagePart.articleAnd(PagePart.RESULTS));
        List<SearchResult> results = page.results();
        return results.size() <= limit ? results : results.subList(0, Math.max(0, limit));
    }

    private SourceException unknown(String site) {
        String shown = Sanitizer.inline(site == null ? "" : site);
        if (shown.length() > MAX_SHOWN_NAME) shown = shown.substring(0, MAX_SHOWN_NAME) + "…";
        return new SourceException(SourceException.Kind.NOT_FOUND, "site.unknown", shown,
                String.join(", ", profiles.names()));
    }
}
