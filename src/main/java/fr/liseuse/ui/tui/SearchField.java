package fr.liseuse.ui.tui;

import fr.liseuse.text.Messages;
import fr.liseuse.ui.Finder;
import java.util.ArrayList;
import java.util.List;

/**
 * The search field opened by {@code /}: the words typed and where they are looked for (the page,
 * the library or the site), switched with the next/previous-link keys (Tab, Shift-Tab) so no mouse
 * is needed. Its prompt names the scope in words; a second line lists every scope, the chosen one
 * in brackets.
 */
final class SearchField {

    /** Where the words are looked for. */
    enum Scope { PAGE, LIBRARY, SITE }

    private static final int MAX_LENGTH = 200;

    private final List<Scope> scopes = new ArrayList<>();
    private final Finder.Site site;
    private final StringBuilder text = new StringBuilder();
    private int chosen;

    /** @param inPage whether a page is on screen to find text in; the field starts on that scope then */
    SearchField(boolean inPage, Finder.Site site) {
        if (inPage) scopes.add(Scope.PAGE);
        scopes.add(Scope.LIBRARY);
        scopes.add(Scope.SITE);
        this.site = site;
    }

    Scope scope() {
        return scopes.get(chosen);
    }

    Finder.Site site() {
        return site;
    }

    /** The next scope (STEP 1) or the previous one (-1), round the list. */
    void turn(int step) {
        chosen = Math.floorMod(chosen + step, scopes.size());
    }

    void type(char c) {
        if (text.length() < MAX_LENGTH) text.append(c);
    }

    void erase() {
        if (text.length() > 0) text.setLength(text.length() - 1);
    }

    String words() {
        return text.toString().strip();
    }

    /** The field as shown, the caret at its end: {@code Chercher dans la page : mots}. */
    String prompt(Messages messages) {
        return label(messages) + " " + text;
    }

    /** Every scope in words, the chosen one in brackets, and the keys that switch them. */
    String choices(Messages messages, String nextKey) {
        StringBuilder line = new StringBuilder(messages.get("tui.search.scopes", nextKey));
        for (int i = 0; i < scopes.size(); i++) {
            String name = messages.get("tui.search.scope." + scopes.get(i).name());
            line.append(' ').append(i == chosen ? "[" + name + "]" : " " + name + " ");
        }
        return line.toString();
    }

    private String label(Messages messages) {
        return switch (scope()) {
            case PAGE -> messages.get("tui.find.prompt");
            case LIBRARY -> messages.get("tui.search.prompt.library");
            case SITE -> messages.get(site.fallback() ? "tui.search.prompt.defaultSite" : "tui.search.prompt.site",
                    site.title());
        };
    }
}
