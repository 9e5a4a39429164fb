package fr.liseuse.ui.tui;

import java.util.List;

/**
 * One item of a {@link ListView}: its first line, more lines under it (indented), the page it opens
 * (or null), its submenu (or empty). A heading is a line between items that cannot be focused.
 */
record Entry(String text, List<String> details, String url, List<Entry> children, boolean heading) {

    Entry {
        details = List.copyOf(details);
        children = List.copyOf(children);
    }

    static Entry item(String text, List<String> details) {
        return new Entry(text, details, null, List.of(), false);
    }

    static Entry link(String text, String url) {
        return new Entry(text, List.of(), url, List.of(), false);
    }

    static Entry heading(String text) {
        return new Entry(text, List.of(), null, List.of(), true);
    }
}
