package fr.liseuse.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Words set in the middle of a sentence: an inline element with text of the sentence written just
 * before or after it. Its class names style the words (a glossary pop-up, a highlighted term), they
 * do not make it page furniture; taking it out would leave a hole in the sentence.
 */
final class RunningText {

    private RunningText() { }

    static boolean inSentence(Element el) {
        if (ContentText.BLOCK_TAGS.contains(el.normalName())) return false;
        return wordsNextTo(el.previousSibling(), true) || wordsNextTo(el.nextSibling(), false);
    }

    /** Whether the nearest non-blank node on one side is text with a letter or a digit. */
    private static boolean wordsNextTo(Node node, boolean before) {
        while (node instanceof TextNode && ((TextNode) node).isBlank()) {
            node = before ? node.previousSibling() : node.nextSibling();
        }
        if (!(node instanceof TextNode)) return false;
        String text = ((TextNode) node).text();
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }
}
