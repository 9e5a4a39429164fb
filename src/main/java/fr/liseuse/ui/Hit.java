package fr.liseuse.ui;

/**
 * One search result as the readers show it, from the library or from a site.
 *
 * @param title   what to show first (never blank)
 * @param target  what to open: a library id or an address
 * @param snippet the words around the match, or an empty string
 * @param address where the page comes from (its address), or an empty string
 */
public record Hit(String title, String target, String snippet, String address) { }
