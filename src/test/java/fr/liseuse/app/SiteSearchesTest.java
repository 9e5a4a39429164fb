package fr.liseuse.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import fr.liseuse.LoopbackServer;
import fr.liseuse.config.SiteProfile;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.extract.Extractor;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.model.SearchResult;
import fr.liseuse.model.SiteHints;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException.Kind;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site search of the bundled profiles: {@code mel} against a local server shaped like its site, {@code demo} offline. */
class SiteSearchesTest {

    private static LoopbackServer server;
    private static String base;
    private static final List<String> queries = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = new LoopbackServer(SiteSearchesTest::route);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        queries.clear();
    }

    private static void route(HttpExchange ex) throws IOException {
        String rawQuery = ex.getRequestURI().getRawQuery();
        queries.add(ex.getRequestURI().getPath() + "?" + rawQuery);
        byte[] body;
        int status = 200;
        if (ex.getRequestURI().getPath().equals("/recherche") && rawQuery != null && rawQuery.startsWith("keys=")) {
            String keys = URLDecoder.decode(rawQuery.substring("keys=".length()), StandardCharsets.UTF_8);
            String page;
            try (InputStream in = SiteSearchesTest.class.getResourceAsStream("/sites/mel-recherche.html")) {
                page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            body = page.replace("{{keys}}", keys.replace("\"", "&quot;").replace("<", "&lt;")).getBytes(StandardCharsets.UTF_8);
        } else {
            status = 404;
            body = "<p>Page introuvable</p>".getBytes(StandardCharsets.UTF_8);
        }
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static SiteSearches searches(Map<String, String> env, boolean offline) {
        Sources sources = new Sources(SourceOptions.defaults(Map.of()).withOffline(offline));
        List<String> warnings = new ArrayList<>();
        SiteProfiles profiles = Sites.load(env, Messages.french(), warnings::add);
        assertEquals(List.of(), warnings);
        return new SiteSearches(sources, profiles);
    }

    private static void writeProfile(Path home, String file, String json) throws IOException {
        Files.createDirectories(home.resolve("config").resolve("sites"));
        Files.writeString(home.resolve("config").resolve("sites").resolve(file), json);
    }

    private static SiteSearches melOnLocalServer() {
        return searches(Map.of("LISEUSE_SITE_MEL_BASE", base + "/"), false);
    }

    @Test
    void melSearchSendsTheEncodedQueryAndReadsTheResults() throws SourceException {
        List<SearchResult> results = melOnLocalServer().search("mel", "déchèterie été", 10);
        assertEquals(List.of("/recherche?keys=d%C3%A9ch%C3%A8terie+%C3%A9t%C3%A9"), queries);
        assertEquals(List.of(
                new SearchResult("Déchets autorisés en déchèteries", base + "/dechets-autorises-en-decheteries",
                        "Tous les déchets ne sont pas autorisés en déchèteries : les quatre catégories acceptées."),
                new SearchResult("Horaires d’hiver des déchèteries", base + "/actualites/horaires-d-hiver-des-decheteries",
                        "Du 1er novembre au 31 mars, les déchèteries ferment plus tôt."),
                new SearchResult("Prendre rendez-vous pour les encombrants", "https://encombrants.example.fr/rendez-vous",
                        "Un enlèvement gratuit devant chez vous.")), results);
    }

    @Test
    void theLimitKeepsTheFirstResults() throws SourceException {
        List<SearchResult> results = melOnLocalServer().search("MEL", "encombrants", 2);
        assertEquals(2, results.size());
        assertEquals("Déchets autorisés en déchèteries", results.get(0).title());
    }

    @Test
    void theFrequentSearchesAndTheBreadcrumbAreNotResults() throws SourceException {
        for (SearchResult r : melOnLocalServer().search("mel", "encombrants", 50)) {
            assertFalse(r.url().contains("keys=") || r.url().equals(base + "/"), r.toString());
        }
    }

    @Test
    void aSelectorFromAUserProfileOverridesTheHeuristics(@TempDir Path home)
            throws IOException, SourceException {
        // only the teasers typed "Actualité" are results on this user's reading of the site
        writeProfile(home, "mel.json", "{\"name\": \"mel\", \"baseUrl\": \"" + base
                + "\", \"search\": \"/recherche?keys={query}\", \"selectors\": {\"results\":"
                + " \"article.search-teaser:has(.search-teaser__type:containsOwn(Actualité))\"}}");
        List<SearchResult> results = searches(Map.of("LISEUSE_HOME", home.toString()), false).search("mel", "hiver", 10);
        assertEquals(List.of("Horaires d’hiver des déchèteries"), results.stream().map(SearchResult::title).toList());
    }

    @Test
    void pagesOfAProfiledSiteAreReadWithItsSelectors(@TempDir Path home)
            throws IOException, SourceException {
        writeProfile(home, "mel.json", "{\"name\": \"mel\", \"baseUrl\": \"" + base
                + "\", \"search\": \"/recherche?keys={query}\", \"selectors\": {\"article\": \".view-header\","
                + " \"menu\": \".menu--level-2\"}}");
        Map<String, String> env = Map.of("LISEUSE_HOME", home.toString());
        SiteProfiles profiles = Sites.load(env, Messages.french(), w -> { throw new AssertionError(w); });
        Sources sources = new Sources(SourceOptions.defaults(Map.of()));
        Page page = new PageLoader(sources, profiles).load(
                base + "/recherche?keys=eau", InputStream.nullInputStream(), Received.unwatched());
        assertEquals("3 résultats", page.text());
        assertEquals(List.of("Logement", "Numérique", "Déchets ménagers", "Eau"),
                page.menu().stream().map(MenuEntry::label).toList());
        Page generic = new PageLoader(sources).load(
                base + "/recherche?keys=eau", InputStream.nullInputStream(), Received.unwatched());
        assertEquals("Votre quotidien", generic.menu().get(0).label());
    }

    @Test
    void aSelectorThatDoesNotParseIsAWarningNotAnError(@TempDir Path home)
            throws IOException {
        writeProfile(home, "x.json", "{\"baseUrl\": \"https://x.example\","
                + " \"search\": \"/?q={query}\", \"selectors\": {\"menu\": \"nav[\"}}");
        List<String> warnings = new ArrayList<>();
        SiteProfiles profiles = Sites.load(Map.of("LISEUSE_HOME", home.toString()), Messages.english(), warnings::add);
        assertEquals(List.of("site profile x: CSS selector ignored, it does not parse: nav["), warnings);
        assertTrue(profiles.find("x").isPresent());
    }

    @Test
    void everySelectorOfTheBundledProfilesParses() {
        // Sites.load checks only the user's selectors: the bundled ones are checked here, once
        for (SiteProfile profile : SiteProfiles.bundled().all()) {
            SiteHints hints = profile.hints();
            List<String> selectors = new ArrayList<>(hints.exclude());
            for (String s : new String[] {hints.menu(), hints.article(), hints.results()}) if (s != null) selectors.add(s);
            for (String selector : selectors) assertTrue(Extractor.validSelector(selector), profile.name() + ": " + selector);
        }
    }

    @Test
    void demoSearchWorksOffline() throws SourceException {
        List<SearchResult> results = searches(Map.of(), true).search("demo", "déchets", 10);
        assertEquals(List.of("demo:/dechets/horaires", "demo:/dechets/decheteries", "demo:/dechets/encombrants"),
                results.stream().map(SearchResult::url).toList());
        assertTrue(results.get(0).snippet().startsWith("Les jours de collecte"), results.get(0).snippet());
        assertEquals(List.of(), searches(Map.of(), true).search("demo", "licorne", 10));
    }

    @Test
    void melSearchOfflineIsUnavailable() {
        SourceException e = assertThrows(SourceException.class, () -> searches(Map.of(), true).search("mel", "eau", 10));
        assertEquals(Kind.UNAVAILABLE, e.kind());
    }

    @Test
    void anUnknownSiteIsNotFoundAndNamesTheKnownOnes() {
        SourceException e = assertThrows(SourceException.class, () -> searches(Map.of(), true).search("atlantide", "eau", 10));
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals("site inconnu : atlantide (sites connus : demo, mel)", e.message(Messages.french()));
    }
}
