package fr.liseuse.cli;

import fr.liseuse.store.LibraryEvents;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.PrintWriter;

/** Library events as one line each on standard error, in the UI language. */
final class LibraryNotices implements LibraryEvents {

    private final Messages messages;
    private final PrintWriter err;

    LibraryNotices(Messages messages, PrintWriter err) {
        this.messages = messages;
        this.err = err;
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
