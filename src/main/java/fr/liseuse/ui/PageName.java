package fr.liseuse.ui;

import fr.liseuse.model.Page;
import fr.liseuse.text.Addresses;

/** What both readers call a page: its title, else (none found) its SOURCE, clean and without any password. */
public final class PageName {

    private PageName() { }

    public static String of(Page page) {
        String title = page.title();
        return title == null || title.isBlank() ? Addresses.shown(page.source()) : title;
    }
}
