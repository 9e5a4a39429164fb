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

/** The read use case: a SOURCE in, an extracted {@link Page} out. */
public final class PageLoader {

    private final Sources sources;
    private final SiteProfiles profiles;
    private final Extractor extractor = new Extractor();

    /** With the bundled site profiles only. */
    public PageLoader(Sources sources) {
        this(sources, SiteProfiles.bundled());
    }

    /** @param profiles the site profiles whose selectors apply to their sites' pages ({@link Sites#load}) */
    public PageLoader(Sources sources, SiteProfiles profiles) {
        this.sources = sources;
        this.profiles = profiles;
    }

    public Page load(String source, InputStream stdin) throws SourceException {
        Fetched fetched = sources.open(source, stdin);
        String decoded = Charsets.decode(fetched);
        String html = isPlainText(fetched) ? PlainText.toHtml(decoded) : decoded;
        SiteHints hints = profiles.forUrl(fetched.baseUri()).map(SiteProfile::hints).orElse(SiteHints.NONE);
        return extractor.extract(html, source, fetched.baseUri(), hints);
    }

    private static boolean isPlainText(Fetched fetched) {
        return "text/plain".equals(fetched.contentType());
    }
}
