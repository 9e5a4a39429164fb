package fr.liseuse.extract;

import fr.liseuse.model.Link;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The numbered link table of the main content: one number per URL, in order of first appearance. */
final class ContentLinks {

    private final String base;
    private final String baseScheme;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    ContentLinks(String base) {
        this.base = base == null ? "" : base;
        int colon = this.base.indexOf(':');
        this.baseScheme = colon > 0 ? this.base.substring(0, colon).toLowerCase(Locale.ROOT) : "";
    }

    /** The absolute target of href when a reader can follow it: http(s), mailto, tel, or the base's scheme. */
    Optional<String> target(String href) {
        if (href == null || href.isBlank() || href.strip().startsWith("#")) return Optional.empty();
        return Urls.resolve(base, href).map(Sanitizer::inline).filter(this::followable);
    }

    private boolean followable(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) return !url.isEmpty();
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel")
                || scheme.equals(baseScheme);
    }

    /** The number of url, registering it with text as its label when it is new. */
    int number(String url, String text) {
        Integer n = numbers.get(url);
        if (n != null) return n;
        int next = links.size() + 1;
        numbers.put(url, next);
        links.add(new Link(next, Sanitizer.inline(text), url));
        return next;
    }

    /** The link numbered n in this table. */
    Link link(int n) {
        return links.get(n - 1);
    }

    List<Link> links() {
        return List.copyOf(links);
    }
}
