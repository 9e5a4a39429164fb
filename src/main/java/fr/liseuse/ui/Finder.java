package fr.liseuse.ui;

import fr.liseuse.app.Librarian;
import fr.liseuse.app.SiteSearch;
import fr.liseuse.config.SiteProfile;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.model.Page;
import fr.liseuse.model.SearchResult;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.LibraryException;
import fr.liseuse.store.LibraryHit;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The searches both readers offer besides finding text in the page: the offline library, and the
 * site of the current page (the default demo site when the page belongs to no known site).
 */
public final class Finder {

    /** The site searched when the current page belongs to no site profile. */
    public static final String DEFAULT_SITE = "demo";

    private final Librarian librarian;
    private final SiteSearch siteSearch;
    private final SiteProfiles profiles;
    private final boolean offline;

    /** @param offline {@code --offline}: only the demo site can be searched, the library always */
    public Finder(Librarian librarian, SiteSearch siteSearch, SiteProfiles profiles, boolean offline) {
        this.librarian = librarian;
        this.siteSearch = siteSearch;
        this.profiles = profiles;
        this.offline = offline;
    }

    /**
     * The site a search from this page goes to.
     *
     * @param title    its name for people, without the note in brackets ({@code Métropole de Lisière})
     * @param fallback the page belongs to no known site: this is the default site
     */
    public record Site(String name, String title, boolean fallback) { }

    public Librarian librarian() {
        return librarian;
    }

    /** The site of PAGE, or the default site (marked {@code fallback}) when it has none or there is no page. */
    public Site siteOf(Optional<Page> page) {
        // the address read first (a page may name another site as canonical), then the page's own (library ids)
        Optional<SiteProfile> own = page.flatMap(p -> profiles.forUrl(p.source())
                .or(() -> p.url() == null ? Optional.empty() : profiles.forUrl(p.url())));
        SiteProfile profile = own.or(() -> profiles.find(DEFAULT_SITE)).orElseGet(() -> profiles.all().get(0));
        String title = profile.title() == null ? "" : profile.title().replaceFirst("\\s*\\([^()]*\\)\\s*$", "");
        return new Site(profile.name(), Sanitizer.inline(title.isBlank() ? profile.name() : title), own.isEmpty());
    }

    /** False when SITE needs the network and the session is offline. */
    public boolean reachable(Site site) {
        return !offline || local(site);
    }

    /** Whether SITE is searched without the network (the bundled demo site). */
    public boolean local(Site site) {
        return profiles.find(site.name()).map(p -> p.baseUrl().startsWith("demo:")).orElse(false);
    }

    public List<Hit> library(String query, int limit) throws LibraryException {
        List<Hit> hits = new ArrayList<>();
        for (LibraryHit h : librarian.search(query, limit)) {
            hits.add(new Hit(shown(h.title(), h.id()), h.id(), clean(h.snippet()), clean(h.url())));
        }
        return hits;
    }

    /** The hits of SITE's own search, RECEIVED counting the bytes of the results page as they arrive. */
    public List<Hit> site(Site site, String query, int limit, Received received) throws SourceException {
        List<Hit> hits = new ArrayList<>();
        for (SearchResult r : siteSearch.search(site.name(), query, limit, received)) {
            hits.add(new Hit(shown(r.title(), r.url()), r.url(), clean(r.snippet()), clean(r.url())));
        }
        return hits;
    }

    private static String shown(String title, String otherwise) {
        return clean(title == null || title.isBlank() ? otherwise : title);
    }

    private static String clean(String text) {
        return text == null ? "" : Sanitizer.inline(text);
    }
}
