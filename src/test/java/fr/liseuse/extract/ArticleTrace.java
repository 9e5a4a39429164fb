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

/** Development aid: shows where a snippet of a benchmark page sits and which step drops it. */
public final class ArticleTrace {

    private ArticleTrace() { }

    public static void main(String[] args) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            bytes = in.readAllBytes();
        }
        Document doc = Jsoup.parse(ArticleBenchmark.decode(bytes), "");
        String snippet = args[1];
        Element hit = find(doc, snippet);
        System.out.println("before: " + chain(hit));
        BoilerplateFilter.clean(doc.body());
        System.out.println("after filter attached: " + (hit != null && hit.root() == doc));
        if (hit != null && hit.root() != doc) {
            Element top = hit;
            while (top.parent() != null) top = top.parent();
            System.out.println("removed subtree root: " + describe(top));
        }
        List<Element> roots = ContentFinder.find(doc.body());
        for (Element r : roots) System.out.println("root: " + describe(r) + " text=" + r.text().length());
    }

    private static Element find(Document doc, String snippet) {
        for (Element e : doc.getAllElements()) if (e.ownText().contains(snippet)) return e;
        return null;
    }

    private static String chain(Element e) {
        StringBuilder out = new StringBuilder();
        for (Element a = e; a != null; a = a.parent()) out.insert(0, describe(a) + " > ");
        return out.toString();
    }

    private static String describe(Element e) {
        return e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'))
                + (e.hasAttr("role") ? "[role=" + e.attr("role") + "]" : "");
    }
}
