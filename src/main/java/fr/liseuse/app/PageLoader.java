package fr.liseuse.app;

import fr.liseuse.config.SiteProfile;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.extract.Extractor;
import fr.liseuse.model.Page;
import fr.liseuse.model.SiteHints;
import fr.liseuse.source.Charsets;
import fr.liseuse.source.Fetched;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.Sources;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The read use case: a SOURCE in, an extracted {@link Page} out. */
public final class PageLoader {

    /** Pages remembered so the reader can save what it shows without fetching it again. */
    private static final int REMEMBERED = 8;

    private final Sources sources;
    private final Supplier<SiteProfiles> profileSource;
    private SiteProfiles profiles;
    private final Extractor extractor = new Extractor();
    private final Map<String, Loaded> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** With the bundled site profiles only. */
    public PageLoader(Sources sources) {
        this(sources, SiteProfiles::bundled);
    }

    /** @param profiles the site profiles whose selectors apply to their sites' pages ({@link Sites#load}) */
    public PageLoader(Sources sources, SiteProfiles profiles) {
        this(sources, () -> profiles);
    }

    /**
     * @param profiles gives the site profiles, asked once, the first time a page some profile could
     *                 cover is loaded (files and standard input never need them)
     */
    public PageLoader(Sources sources, Supplier<SiteProfiles> profiles) {
        this.sources = sources;
        this.profileSource = profiles;
    }

    public Page load(String source, InputStream stdin) throws SourceException {
        return loadWithBytes(source, stdin).page();
    }

    /** Loads SOURCE and keeps the raw bytes with the page (for saving it). */
    public Loaded loadWithBytes(String source, InputStream stdin) throws SourceException {
        Instant now = Instant.now();
        Fetched fetched = sources.open(source, stdin);
        String decoded = Charsets.decode(fetched);
        String html = isPlainText(fetched) ? PlainText.toHtml(decoded) : decoded;
        SiteHints hints = SiteProfiles.mayCover(fetched.baseUri())
                ? profiles().forUrl(fetched.baseUri()).map(SiteProfile::hints).orElse(SiteHints.NONE)
                : SiteHints.NONE;
        Loaded loaded = new Loaded(fetched, extractor.extract(html, source, fetched.baseUri(), hints), now);
        synchronized (recent) {
            recent.put(source, loaded);
        }
        return loaded;
    }

    /** One of the last pages loaded from SOURCE, with its bytes, if still remembered. */
    public Optional<Loaded> recent(String source) {
        synchronized (recent) {
            return Optional.ofNullable(recent.get(source));
        }
    }

    private synchronized SiteProfiles profiles() {
        if (profiles == null) profiles = profileSource.get();
        return profiles;
    }

    private static boolean isPlainText(Fetched fetched) {
        return "text/plain".equals(fetched.contentType());
    }
}
