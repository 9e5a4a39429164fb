package fr.liseuse.store;

import fr.liseuse.text.Messages;

/**
 * The library could not do what was asked; {@link Kind} decides the exit code. The message is a key
 * of the message bundles with its arguments, so it is shown in the UI language.
 */
public final class LibraryException extends Exception {

    public enum Kind {
        /** discreet mode: nothing may be written (exit 2, usage) */
        DISCREET,
        /** no entry with that id (exit 66) */
        NOT_FOUND,
        /** another liseuse held the library longer than the timeout (exit 69) */
        BUSY,
        /** the entry file is damaged or half-written, or a page is too large to keep (exit 65) */
        DAMAGED,
        /** the disk refused a read or write (exit 1) */
        FAILED
    }

    private final Kind kind;
    private final String key;
    private final transient Object[] args;

    public LibraryException(Kind kind, String key, Object... args) {
        super(Messages.english().get(key, args));
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
    }

    static LibraryException failed(java.io.IOException cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        LibraryException e = new LibraryException(Kind.FAILED, "library.failed", fr.liseuse.text.Sanitizer.inline(detail));
        e.initCause(cause);
        return e;
    }

    public Kind kind() { return kind; }

    public String message(Messages messages) { return messages.get(key, args); }
}
