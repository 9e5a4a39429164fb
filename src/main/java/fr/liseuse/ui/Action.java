package fr.liseuse.ui;

/** Everything a user can ask of the reader, whatever the front end. */
public enum Action {
    EMERGENCY, HELP, QUICK_EXIT, OPEN_NUMBER, MENU, LINKS, READ, FIND, SEARCH, SAVE, BACK, QUIT
}
