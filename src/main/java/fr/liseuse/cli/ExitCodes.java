package fr.liseuse.cli;

import fr.liseuse.source.SourceException;
import fr.liseuse.store.LibraryException;
import picocli.CommandLine;

/** The one place where failures become exit codes (CONTRACT §5). */
final class ExitCodes {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int REJECTED = 65;
    static final int NOT_FOUND = 66;
    static final int UNAVAILABLE = 69;
    static final int INTERRUPTED = 130;

    private ExitCodes() { }

    static int of(Throwable failure) {
        if (failure instanceof CommandLine.ParameterException) return USAGE;
        if (failure instanceof SourceException s) return of(s.kind());
        if (failure instanceof LibraryException l) return of(l.kind());
        if (failure instanceof InterruptedException) return INTERRUPTED;
        return INTERNAL;
    }

    static int of(SourceException.Kind kind) {
        return switch (kind) {
            case REJECTED -> REJECTED;
            case NOT_FOUND -> NOT_FOUND;
            case UNAVAILABLE -> UNAVAILABLE;
        };
    }

    /** Discreet mode refusing a change is a usage error: the command cannot be used that way. */
    static int of(LibraryException.Kind kind) {
        return switch (kind) {
            case DISCREET -> USAGE;
            case NOT_FOUND -> NOT_FOUND;
            case DAMAGED -> REJECTED;
            case BUSY -> UNAVAILABLE;
            case FAILED -> INTERNAL;
        };
    }
}
