package fr.liseuse.extract;

import fr.liseuse.text.Addresses;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Resolves and vets link targets; works for any hierarchical scheme, {@code demo:/} included. */
final class Urls {

    private Urls() { }

    /**
     * The absolute form of {@code href} against {@code base}, without user name or password, or empty
     * when it is not something a reader can follow (javascript:, data:, empty, malformed).
     */
    static Optional<String> resolve(String base, String href) {
        return absolute(base, href).map(Addresses::withoutCredentials);
    }

    private static Optional<String> absolute(String base, String href) {
        if (href == null) return Optional.empty();
        String h = href.strip();
        if (h.isEmpty()) return Optional.empty();
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
            return Optional.empty();
        }
        try {
            URI target = new URI(h.replace(" ", "%20"));
            if (target.isAbsolute()) return Optional.of(target.toString());
            if (base == null || base.isEmpty()) return Optional.of(target.toString());
            URI b = new URI(base);
            if (b.getRawPath() != null && b.getRawPath().isEmpty() && b.getRawAuthority() != null) {
                b = new URI(b.getScheme(), b.getRawAuthority(), "/", null, null);
            }
            return Optional.of(b.resolve(target).toString());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
