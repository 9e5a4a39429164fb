package fr.liseuse.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Development aid: shows where a snippet of a benchmark page sits and which step drops it (the page
 * filter, the choice of content, the cleaning inside the content, or the block filter).
 * Usage: {@code ArticleTrace PAGE.html.gz "snippet"}.
 */
public final class ArticleTrace {

    private ArticleTrace() { }

    public static void main(String[] args) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            bytes = in.readAllBytes();
        }
        String html = ArticleBenchmark.decode(bytes);
        String snippet = args[1];
        Document doc = Jsoup.parse(html, "");
        Element hit = find(doc, snippet);
        System.out.println("snippet in: " + chain(hit));
        BoilerplateFilter.clean(doc.body(), ContentStats.of(doc.body()), true, new ContentRemovals());
        if (hit != null && hit.root() != doc) {
            System.out.println("dropped by the page filter with: " + describe(detachedRoot(hit)));
        }
        ContentStats found = ContentStats.of(doc.body());
        List<Element> roots = ContentFinder.find(doc.body(), found);
        for (Element r : roots) {
            System.out.println("content root: " + chain(r) + " text=" + r.text().length());
        }
        boolean inside = hit != null && roots.stream().anyMatch(r -> r == hit || hit.parents().contains(r));
        System.out.println("snippet inside the content: " + inside);
        for (Element r : roots) ContentCleaner.clean(r, found.get(r), true, new ContentRemovals());
        if (inside && roots.stream().noneMatch(r -> r == hit || hit.parents().contains(r))) {
            System.out.println("dropped by the cleaner with: " + describe(detachedRoot(hit)));
        }
        Document again = Jsoup.parse(html, "");
        String text = new Extractor().extract(html, "", "").text();
        System.out.println("in the final text: " + text.replaceAll("\\s+", " ").contains(snippet));
        System.out.println("title: " + new MetadataReader().read(again, "").title());
    }

    private static Element detachedRoot(Element el) {
        Element top = el;
        while (top.parent() != null) top = top.parent();
        return top;
    }

    /** The deepest element whose text holds the snippet. */
    private static Element find(Document doc, String snippet) {
        Element best = null;
        for (Element e : doc.getAllElements()) {
            if (e.text().contains(snippet)) best = e;
        }
        return best;
    }

    private static String chain(Element e) {
        StringBuilder out = new StringBuilder();
        for (Element a = e; a != null; a = a.parent()) out.insert(0, describe(a) + " > ");
        return out.toString();
    }

    private static String describe(Element e) {
        return e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                + (e.className().isEmpty() ? "" : "." + e.className().trim().replaceAll("\\s+", "."))
                + (e.hasAttr("role") ? "[role=" + e.attr("role") + "]" : "");
    }
}
