package fr.liseuse.cli;

import fr.liseuse.source.SourceException;
import fr.liseuse.store.LibraryException;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The list shown under "Exit codes" in every command's help. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(OK + "", "success");
        list.put(INTERNAL + "", "internal error");
        list.put(USAGE + "", "usage error; also a change to the library refused in discreet mode");
        list.put(REJECTED + "", "input rejected: not HTML/text, too large, undecodable");
        list.put(NOT_FOUND + "", "input not found: no such file or library id, HTTP 404/410");
        list.put(UNAVAILABLE + "", "unavailable: network failure, timeout, HTTP 5xx, too many redirects, offline, library busy");
        list.put(INTERRUPTED + "", "interrupted (Ctrl-C)");
        return list;
    }
}
