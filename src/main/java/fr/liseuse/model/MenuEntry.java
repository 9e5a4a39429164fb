package fr.liseuse.model;

import java.util.List;

/** One entry of the site's navigation tree; {@code url} is null for a label that only opens a submenu. */
public record MenuEntry(String label, String url, List<MenuEntry> children) {
    public MenuEntry { children = List.copyOf(children); }
}
