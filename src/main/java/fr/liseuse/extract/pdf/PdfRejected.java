package fr.liseuse.extract.pdf;

/**
 * A PDF that cannot be read: protected by a password, damaged, without text, too long. The message
 * is a key of the message bundles; the caller adds the source's name as its first argument.
 */
public final class PdfRejected extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    PdfRejected(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    PdfRejected withCause(Throwable cause) {
        initCause(cause);
        return this;
    }

    public String key() { return key; }

    /** The arguments after the source's name. */
    public Object[] args() { return args.clone(); }
}
