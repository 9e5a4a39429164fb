package fr.liseuse.cli;

import fr.liseuse.source.SourceException;
import fr.liseuse.store.LibraryException;
import fr.liseuse.text.Addresses;
import fr.liseuse.text.Sanitizer;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns a failure into the one line the user sees on stderr (CONTRACT §5). */
final class Errors {

    private Errors() { }

    static String message(Throwable failure, Context context) {
        if (failure instanceof SourceException s) return s.message(context.messages());
        if (failure instanceof LibraryException l) return l.message(context.messages());
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return context.messages().get("error.internal", Addresses.withoutCredentialsInText(Sanitizer.inline(detail)));
    }

    static void report(Throwable failure, Context context, PrintWriter err) {
        err.println("liseuse: " + message(failure, context));
        if (context.globals.verbose()) err.print(trace(failure));
        err.flush();
    }

    /** The stack trace for {@code --verbose}: its messages quote file names and addresses, so it is cleaned too. */
    private static String trace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return Addresses.withoutCredentialsInText(Sanitizer.clean(trace.toString()));
    }
}
