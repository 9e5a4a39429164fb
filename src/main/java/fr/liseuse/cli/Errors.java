package fr.liseuse.cli;

import fr.liseuse.source.SourceException;
import fr.liseuse.store.LibraryException;
import fr.liseuse.text.Sanitizer;
import java.io.PrintWriter;

/** Turns a failure into the one line the user sees on stderr (CONTRACT §5). */
final class Errors {

    private Errors() { }

    static String message(Throwable failure, Context context) {
        if (failure instanceof SourceException s) return s.message(context.messages());
        if (failure instanceof LibraryException l) return l.message(context.messages());
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return context.messages().get("error.internal", Sanitizer.inline(detail));
    }

    static void report(Throwable failure, Context context, PrintWriter err) {
        err.println("liseuse: " + message(failure, context));
        if (context.globals.verbose()) failure.printStackTrace(err);
        err.flush();
    }
}
