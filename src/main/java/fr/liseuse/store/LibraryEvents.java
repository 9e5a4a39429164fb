package fr.liseuse.store;

/** What the library tells the user while it works; the front end decides how to show it. */
public interface LibraryEvents {

    LibraryEvents SILENT = new LibraryEvents() {
        @Override
        public void waiting() { }

        @Override
        public void damaged(String entry) { }
    };

    /** Another liseuse process is writing to the library; this one waits (said once per wait). */
    void waiting();

    /** A stored entry could not be read (damaged or half-written); it is skipped. */
    void damaged(String entry);

    /** The search index is being rebuilt: DONE entries of TOTAL read, the last one saved from SOURCE. */
    default void indexing(int done, int total, String source) { }

    /** The rebuild of the search index is over. */
    default void indexed() { }
}
