package fr.liseuse.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.Settings;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.model.Page;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which site the readers search from a page, and which sites an offline session may search. */
class FinderTest {

    private final Sources sources = new Sources(SourceOptions.defaults(Map.of()).withOffline(true));
    private final PageLoader loader = new PageLoader(sources);

    private Finder finder(boolean offline) {
        Library library = new Library(Settings.from(Map.of("LISEUSE_HOME", "/nonexistent/liseuse-finder-test"), true),
                LibraryEvents.SILENT);
        return new Finder(new Librarian(loader, library), new SiteSearches(sources, SiteProfiles.bundled()),
                SiteProfiles.bundled(), offline);
    }

    private Page page(String source) throws SourceException {
        return loader.load(source, InputStream.nullInputStream(), Received.unwatched());
    }

    @Test
    void aDemoPageSearchesTheDemoSiteByItsNameWithoutTheNote() throws SourceException {
        Finder.Site site = finder(false).siteOf(Optional.of(page("demo:/dechets/horaires")));
        assertEquals(new Finder.Site("demo", "Métropole de Lisière", false), site);
    }

    @Test
    void aPageOfNoKnownSiteOrNoPageSearchesTheDefaultSite() throws SourceException {
        Finder finder = finder(false);
        assertEquals(new Finder.Site("demo", "Métropole de Lisière", true),
                finder.siteOf(Optional.of(page("src/test/resources/ui/glyphs.html"))));
        assertEquals(new Finder.Site("demo", "Métropole de Lisière", true), finder.siteOf(Optional.empty()));
    }

    @Test
    void offlineOnlyTheDemoSiteIsReachable() {
        Finder offline = finder(true);
        assertTrue(offline.reachable(new Finder.Site("demo", "", false)));
        assertFalse(offline.reachable(new Finder.Site("mel", "", false)));
        assertTrue(finder(false).reachable(new Finder.Site("mel", "", false)));
    }

    @Test
    void siteHitsOpenTheirAddressAndLibraryHitsOfAMissingLibraryAreNone() throws Exception {
        Finder finder = finder(true);
        List<Hit> hits = finder.site(new Finder.Site("demo", "", false), "déchets", 10, Received.unwatched());
        assertEquals("demo:/dechets/horaires", hits.get(0).target());
        assertEquals("Collecte des déchets : jours et horaires", hits.get(0).title());
        assertEquals(List.of(), finder.library("déchets", 10));
    }
}
