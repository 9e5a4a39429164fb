package fr.liseuse.ui;

/** Everything a user can ask of the reader, whatever the front end. */
public enum Action {
    EMERGENCY, HELP, QUICK_EXIT, OPEN_NUMBER, OPEN_ADDRESS, CANCEL, MENU, LINKS, READ, FIND, SEARCH, SAVE, LIBRARY, BACK, QUIT,
    // moving around a page or a list, history and find: full-screen keys; forward and headings in line mode too
    FORWARD, LINE_DOWN, LINE_UP, PAGE_DOWN, PAGE_UP, TOP, BOTTOM, NEXT_LINK, PREVIOUS_LINK,
    NEXT_HEADING, PREVIOUS_HEADING, FIND_NEXT, FIND_PREVIOUS, REMOVE;

    /** Actions that work from every view, before the focused view or text field sees the key. */
    public boolean global() {
        return this == EMERGENCY || this == HELP || this == QUICK_EXIT;
    }
}
