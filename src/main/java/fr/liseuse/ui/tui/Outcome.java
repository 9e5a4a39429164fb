package fr.liseuse.ui.tui;

/** What a view asks of the reader after handling an action. */
record Outcome(Kind kind, String url) {

    enum Kind {
        /** handled, nothing more to do */
        DONE,
        /** the view is finished: show the one below */
        CLOSE,
        /** load and show URL */
        OPEN,
        /** not for this view: the reader decides */
        IGNORED
    }

    static final Outcome DONE = new Outcome(Kind.DONE, null);
    static final Outcome CLOSE = new Outcome(Kind.CLOSE, null);
    static final Outcome IGNORED = new Outcome(Kind.IGNORED, null);

    static Outcome open(String url) {
        return new Outcome(Kind.OPEN, url);
    }
}
