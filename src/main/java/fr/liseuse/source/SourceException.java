package fr.liseuse.source;

import fr.liseuse.text.Messages;

/**
 * A source could not be read; {@link Kind} decides the exit code. The message is a key of the
 * message bundles with its arguments (already sanitised, short), so it can be shown in the UI language.
 */
public final class SourceException extends Exception {

    public enum Kind {
        /** not HTML/text/PDF, too large, undecodable, an unreadable PDF (exit 65) */
        REJECTED,
        /** no such file or library id, HTTP 404/410 (exit 66) */
        NOT_FOUND,
        /** network failure, timeout, HTTP 5xx, too many redirects, offline (exit 69) */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String key;
    private final transient Object[] args;

    public SourceException(Kind kind, String key, Object... args) {
        super(Messages.english().get(key, args));
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
    }

    public SourceException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }

    public Kind kind() { return kind; }

    public String message(Messages messages) { return messages.get(key, args); }
}
