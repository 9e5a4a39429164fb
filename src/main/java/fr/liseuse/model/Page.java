package fr.liseuse.model;

import java.util.List;

/**
 * Everything liseuse extracted from one source. Every string is already sanitised.
 *
 * @param source      the SOURCE as the user gave it
 * @param url         canonical absolute URL, or null
 * @param published   ISO-8601 date or date-time, or null
 * @param resultCount the count a search-results page announces, or null
 */
public record Page(
        String source,
        PageKind kind,
        String url,
        String title,
        String lang,
        String published,
        String byline,
        String site,
        List<Block> blocks,
        List<Link> links,
        List<Contact> contacts,
        List<MenuEntry> menu,
        List<SearchResult> results,
        Integer resultCount) {

    public Page {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
        contacts = List.copyOf(contacts);
        menu = List.copyOf(menu);
        results = List.copyOf(results);
    }

    /** Plain text of the main content: blocks separated by one blank line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            String t = block.plainText();
            if (t == null || t.isBlank()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(t);
        }
        return out.toString();
    }
}
