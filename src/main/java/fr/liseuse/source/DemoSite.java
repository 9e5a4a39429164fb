package fr.liseuse.source;

import fr.liseuse.source.SourceException.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded demo site ("Métropole de Lisière", fictional), read from resources under
 * {@code fr/liseuse/demo/}. {@code demo:/} is the home page, {@code demo:/x/y} the page
 * {@code x/y.html}; only pages listed in {@code pages.tsv} exist, so no path from a user ever
 * becomes a resource name. {@code demo:/recherche?q=…} is the site search, generated from the same list.
 * Works offline.
 */
public final class DemoSite {

    public static final String SCHEME = "demo:";
    public static final String HOME = "demo:/";
    static final String SEARCH_PATH = "/recherche";
    private static final String ROOT = "/fr/liseuse/demo/";

    private final List<DemoPage> pages;
    private final DemoLayout layout;

    public DemoSite() {
        this.pages = loadIndex();
        this.layout = DemoLayout.bundled();
    }

    public static boolean isDemo(String source) {
        return source.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The SOURCE of every page of the site (the search page excepted), home first. */
    public List<String> sources() {
        List<String> list = new ArrayList<>();
        for (DemoPage p : pages) list.add(SCHEME + p.path());
        return list;
    }

    public Fetched open(String source) throws SourceException {
        String rest = source.substring(SCHEME.length());
        int hash = rest.indexOf('#');
        if (hash >= 0) rest = rest.substring(0, hash);
        String query = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        String path = normalisePath(rest);
        if (path.equals(SEARCH_PATH)) {
            String q = parameter(query, "q").orElse("");
            String base = SCHEME + SEARCH_PATH + (q.isEmpty() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            String template = layout.apply(resource("recherche.html"), SEARCH_PATH);
            byte[] body = new DemoSearch(pages, template).resultsPage(q).getBytes(StandardCharsets.UTF_8);
            return new Fetched(source, base, body, "text/html", "utf-8");
        }
        Optional<DemoPage> page = pages.stream().filter(p -> p.path().equals(path)).findFirst();
        if (page.isEmpty()) throw new SourceException(Kind.NOT_FOUND, "source.demo.notFound", Excerpt.of(source));
        byte[] body = layout.apply(resource(page.get().resource()), path).getBytes(StandardCharsets.UTF_8);
        return new Fetched(source, SCHEME + path, body, "text/html", "utf-8");
    }

    static String normalisePath(String raw) {
        String p = raw.replaceAll("/{2,}", "/");
        if (!p.startsWith("/")) p = "/" + p;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }

    private static Optional<String> parameter(String query, String name) {
        if (query == null) return Optional.empty();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!key.equals(name)) continue;
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static List<DemoPage> loadIndex() {
        List<DemoPage> list = new ArrayList<>();
        for (String line : resource("pages.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            list.add(DemoPage.parse(line));
        }
        return List.copyOf(list);
    }

    /** A bundled resource; missing ones are a packaging bug, not a user error. */
    static String resource(String name) {
        try (InputStream in = DemoSite.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IllegalStateException("demo resource missing: " + name);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder out = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) > 0; ) out.append(buffer, 0, n);
                return out.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
