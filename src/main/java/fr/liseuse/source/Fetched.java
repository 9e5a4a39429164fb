package fr.liseuse.source;

/**
 * Raw bytes of one source, before decoding.
 *
 * @param source          the SOURCE as the user gave it
 * @param baseUri         the URI links are resolved against (final URI after redirects, file: URI, demo:/…)
 * @param contentType     media type without parameters, or null when unknown
 * @param declaredCharset the charset a header declared, or null
 */
public record Fetched(String source, String baseUri, byte[] body, String contentType, String declaredCharset) { }
