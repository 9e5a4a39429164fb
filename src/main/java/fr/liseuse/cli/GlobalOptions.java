package fr.liseuse.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/** The options every command accepts (CONTRACT §3), declared once and inherited by the subcommands. */
final class GlobalOptions {

    enum ColorMode { auto, always, never }

    @Option(names = "--offline", scope = ScopeType.INHERIT,
            description = "No network at all: only local files, the library and the demo site.")
    boolean offline;

    @Option(names = "--discreet", scope = ScopeType.INHERIT,
            description = "Write nothing to disk: no library, history, cache or temporary files.")
    boolean discreet;

    @Option(names = {"--line-mode", "--screen-reader"}, scope = ScopeType.INHERIT,
            description = "Line mode for screen readers and dumb terminals instead of the full-screen reader.")
    boolean lineMode;

    @Option(names = "--ascii", scope = ScopeType.INHERIT,
            description = "No box-drawing or decorative characters.")
    boolean ascii;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: auto).")
    ColorMode color = ColorMode.auto;

    enum Lang { fr, en }

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "LANG",
            description = "Language of messages: ${COMPLETION-CANDIDATES} (default: from LC_ALL/LANG).")
    Lang lang;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
            converter = Seconds.class, description = "Network timeout in seconds, 1 to 3600 (default: 15).")
    int timeoutSeconds = 15;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Show details of errors (stack traces).")
    boolean verbose;

    /** Accepts 1 to 3600 seconds. */
    static final class Seconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1 && n <= 3600) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("expected a number of seconds from 1 to 3600");
        }
    }
}
