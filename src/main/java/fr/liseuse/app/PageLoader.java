package fr.liseuse.app;

import fr.liseuse.extract.Extractor;
import fr.liseuse.model.Page;
import fr.liseuse.source.Charsets;
import fr.liseuse.source.Fetched;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.Sources;
import java.io.InputStream;

/** The read use case: a SOURCE in, an extracted {@link Page} out. */
public final class PageLoader {

    private final Sources sources;
    private final Extractor extractor = new Extractor();

    public PageLoader(Sources sources) {
        this.sources = sources;
    }

    public Page load(String source, InputStream stdin) throws SourceException {
        Fetched fetched = sources.open(source, stdin);
        String decoded = Charsets.decode(fetched);
        String html = isPlainText(fetched) ? PlainText.toHtml(decoded) : decoded;
        return extractor.extract(html, source, fetched.baseUri());
    }

    private static boolean isPlainText(Fetched fetched) {
        return "text/plain".equals(fetched.contentType());
    }
}
