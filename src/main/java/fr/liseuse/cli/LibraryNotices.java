package fr.liseuse.cli;

import fr.liseuse.store.LibraryEvents;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.PrintWriter;

/** Library events as one line each on standard error, in the UI language; an index rebuild as progress. */
final class LibraryNotices implements LibraryEvents {

    private final Messages messages;
    private final PrintWriter err;
    private final BatchProgress progress;

    LibraryNotices(Messages messages, PrintWriter err, BatchProgress progress) {
        this.messages = messages;
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void indexing(int done, int total, String source) {
        progress.at(BatchProgress.Kind.INDEX, done, total, source);
    }

    @Override
    public void indexed() {
        progress.end();
    }

    @Override
    public void waiting() {
        say(messages.get("library.waiting"));
    }

    @Override
    public void damaged(String entry) {
        say(messages.get("library.damaged.skipped", Sanitizer.inline(entry)));
    }

    private void say(String line) {
        err.println("liseuse: " + line);
        err.flush();
    }
}
