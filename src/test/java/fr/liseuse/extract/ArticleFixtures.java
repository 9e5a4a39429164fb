package fr.liseuse.extract;

import fr.liseuse.model.Block;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Loads the saved pages of src/test/resources/fixtures/article and runs the extraction on them. */
final class ArticleFixtures {

    static final String BASE = "https://www.lillemetropole.fr/actualites/page";

    private ArticleFixtures() { }

    static Document document(String name) {
        try (InputStream in = ArticleFixtures.class.getResourceAsStream("/fixtures/article/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Metadata metadata(String name) {
        return new MetadataReader().read(document(name), BASE);
    }

    static Article article(String name) {
        Document doc = document(name);
        Metadata meta = new MetadataReader().read(doc, BASE);
        return new ArticleExtractor().extract(doc, BASE, meta.title());
    }

    /** The text users read: blocks joined by a blank line, as {@code Page.text()} does. */
    static String text(Article article) {
        StringBuilder out = new StringBuilder();
        for (Block b : article.blocks()) {
            if (b.plainText().isBlank()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(b.plainText());
        }
        return out.toString();
    }
}
