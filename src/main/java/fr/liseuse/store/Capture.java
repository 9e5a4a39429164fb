package fr.liseuse.store;

import java.time.Instant;
import java.util.Objects;

/**
 * How the raw bytes of a saved page were obtained, kept so the page can be extracted again later.
 *
 * @param source      the SOURCE as the user gave it
 * @param url         the final URL after redirects (or the file: / demo: address), or null
 * @param contentType media type without parameters, or null
 * @param charset     the charset a header declared, or null
 * @param fetchedAt   when the bytes were read
 */
public record Capture(String source, String url, String contentType, String charset, Instant fetchedAt) {

    public Capture {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
