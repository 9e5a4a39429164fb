package fr.liseuse.source;

/**
 * Raw bytes of one source, before decoding.
 *
 * @param source          the SOURCE as the user gave it
 * @param baseUri         the URI links are resolved against (final URI after redirects, file: URI, demo:/…)
 * @param contentType     media type without parameters, or null when unknown
 * @param declaredCharset the charset a header declared, or null
 */
public record Fetched(String source, String baseUri, byte[] body, String contentType, String declaredCharset) {

    /** The content type of PDF documents, whichever way they were recognised. */
    public static final String PDF = "application/pdf";

    /** Whether the bytes are a PDF document rather than HTML or text. */
    public boolean isPdf() {
        return PDF.equals(contentType);
    }
}
