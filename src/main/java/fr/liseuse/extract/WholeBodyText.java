package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.RichText;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The last resort when the article step fails: all the text of the body, one paragraph per block
 * element, nothing dropped and no links numbered.
 */
final class WholeBodyText {

    private WholeBodyText() { }

    static Article of(Document doc) {
        Element body = doc.body();
        if (body == null) return new Article(List.of(), List.of(), false);
        Paragraphs paragraphs = new Paragraphs();
        NodeTraversor.traverse(paragraphs, body);
        paragraphs.end();
        return new Article(paragraphs.blocks, List.of(), false);
    }

    private static final class Paragraphs implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) current.append(text.getWholeText());
            else if (isBlock(node)) end();
        }

        @Override
        public void tail(Node node, int depth) {
            if (isBlock(node)) end();
        }

        private static boolean isBlock(Node node) {
            return node instanceof Element element && (element.isBlock() || element.normalName().equals("br"));
        }

        void end() {
            String text = Sanitizer.inline(current.toString());
            current.setLength(0);
            if (!text.isEmpty()) blocks.add(new Block.Paragraph(RichText.plain(text)));
        }
    }
}
