package fr.liseuse.model;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

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
        for (String piece : textPieces()) out.append(piece);
        return out.toString();
    }

    /**
     * What {@link #text()} is made of, in order: the blocks' texts and the blank lines between them,
     * each made when it is asked for, so a large page's text can be written out without a whole copy.
     */
    public Iterable<String> textPieces() {
        return () -> new Iterator<>() {
            private int nextBlock;
            private boolean started;
            private String queued;
            private String afterQueued;

            @Override
            public boolean hasNext() {
                if (queued != null) return true;
                while (nextBlock < blocks.size()) {
                    String t = blocks.get(nextBlock++).plainText();
                    if (t == null || t.isBlank()) continue;
                    if (started) {
                        queued = "\n\n";
                        afterQueued = t;
                    } else {
                        queued = t;
                    }
                    started = true;
                    return true;
                }
                return false;
            }

            @Override
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String piece = queued;
                queued = afterQueued;
                afterQueued = null;
                return piece;
            }
        };
    }
}
