package fr.liseuse.source;

import fr.liseuse.source.SourceException.Kind;
import java.io.IOException;
import java.io.InputStream;

/** Standard input ({@code -}): HTML when it looks like HTML, otherwise plain text. */
final class StreamSource {

    private final LocalContent content;

    StreamSource(long maxBytes) {
        this.content = new LocalContent(maxBytes);
    }

    /** The result has no base URI: relative links in piped HTML cannot be resolved. */
    Fetched read(String source, InputStream in) throws SourceException {
        String shown = "-".equals(source) ? "stdin" : Excerpt.of(source);
        byte[] body;
        try {
            body = content.read(in, shown);
        } catch (IOException e) {
            throw new SourceException(Kind.REJECTED, "source.stdin.readError").withCause(e);
        }
        String type = LocalContent.check(body, null, shown);
        return new Fetched(source, null, body, type, null);
    }
}
