package fr.liseuse.extract;

import fr.liseuse.model.MenuEntry;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site navigation of a page as a tree: the best navigation element (the main menu, in the
 * header, the largest) read as nested lists. Empty when the page has none. Never changes the DOM.
 */
final class MenuExtractor {

    List<MenuEntry> extract(Document doc, String baseUri) {
        MenuTree tree = new MenuTree(baseUri);
        for (Element candidate : MenuCandidates.find(doc)) {
            List<MenuEntry> entries = tree.read(candidate);
            if (!entries.isEmpty()) return entries;
        }
        return List.of();
    }

    /** The tree of one navigation element chosen by the caller (a site profile's selector). */
    List<MenuEntry> read(Element nav, String baseUri) {
        return new MenuTree(baseUri).read(nav);
    }
}
