package fr.liseuse.extract;

import fr.liseuse.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The extraction facade: parses a document once and builds a {@link Page}. Never throws on messy
 * HTML: it always returns a best-effort page.
 */
public final class Extractor {

    /**
     * @param html    the decoded document
     * @param source  the SOURCE as the user gave it
     * @param baseUri the URI links are resolved against
     */
    public Page extract(String html, String source, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        return extract(doc, source, baseUri);
    }

    Page extract(Document doc, String source, String baseUri) {
        throw new UnsupportedOperationException("wired in the integration step");
    }
}
