package fr.liseuse.ui;

/** An address or file path typed inside a reader, as it is opened. */
public final class TypedAddress {

    private TypedAddress() { }

    /** TYPED without surrounding blanks, {@code ~/} standing for the home folder as in a shell. */
    public static String typed(String typed) {
        String address = typed.strip();
        if (address.equals("~") || address.startsWith("~/")) {
            return System.getProperty("user.home") + address.substring(1);
        }
        return address;
    }

    /**
     * Whether TYPED names standard input ({@code -}), which a reader never opens from inside: it is
     * where the keys or commands come from, and reading it would take them away.
     */
    public static boolean standardInput(String typed) {
        return typed.strip().equals("-");
    }

    /**
     * Whether SOURCE is read from this machine's own files (a file, the demo site, the library): its
     * load ends after a bounded amount of work. An address on the network, or standard input (another
     * program's output), may take any time.
     */
    public static boolean local(String source) {
        String s = source.strip().toLowerCase(java.util.Locale.ROOT);
        return !(s.equals("-") || s.startsWith("http://") || s.startsWith("https://"));
    }
}
