package fr.liseuse.ui.line;

import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import fr.liseuse.ui.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The numbered list last shown (menu, links, search hits, saved pages) and what its numbers open:
 * an address or a library id.
 */
final class Numbered {

    private final Messages messages;
    private final Consumer<String> say;
    private final List<String> targets = new ArrayList<>();

    Numbered(Messages messages, Consumer<String> say) {
        this.messages = messages;
        this.say = say;
    }

    void clear() {
        targets.clear();
    }

    int size() {
        return targets.size();
    }

    /** What item N opens: null when it opens nothing; throws when there is no item N. */
    String target(int n) {
        return targets.get(n - 1);
    }

    boolean has(int n) {
        return n >= 1 && n <= targets.size();
    }

    /**
     * The menu as an indented list: an entry that opens a page is numbered; a section that opens
     * none is announced as a section, without a number, and its entries follow it.
     */
    void menu(List<MenuEntry> entries, int depth) {
        for (MenuEntry entry : entries) {
            String indent = "  ".repeat(depth);
            if (entry.url() == null) {
                say.accept(indent + messages.get("line.menu.section", entry.label()));
            } else {
                targets.add(entry.url());
                say.accept(indent + targets.size() + ". " + entry.label());
            }
            if (depth < 5) menu(entry.children(), depth + 1);
        }
    }

    void links(List<Link> links) {
        for (Link link : links) {
            targets.add(link.url());
            say.accept(link.n() + ". " + link.text() + " : " + link.url());
        }
    }

    void hits(List<Hit> hits) {
        for (Hit hit : hits) {
            targets.add(hit.target());
            String where = hit.address().isBlank() ? hit.target() : hit.address();
            say.accept(messages.get("line.search.hit", targets.size(), hit.title(),
                    hit.snippet().isBlank() ? where : hit.snippet()));
        }
    }

    void library(List<EntrySummary> saved) {
        for (EntrySummary e : saved) {
            targets.add(e.id());
            String title = e.title() == null || e.title().isBlank() ? messages.get("library.untitled") : e.title();
            say.accept(messages.get("line.library.entry", targets.size(), Sanitizer.inline(title), e.id()));
        }
    }
}
