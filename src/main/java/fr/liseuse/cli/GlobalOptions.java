package fr.liseuse.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/** The options every command accepts (CONTRACT §3), declared once and inherited by the subcommands. */
final class GlobalOptions {

    enum ColorMode { auto, always, never }

    @Option(names = "--offline", scope = ScopeType.INHERIT)
    boolean offline;

    @Option(names = "--discreet", scope = ScopeType.INHERIT)
    boolean discreet;

    @Option(names = {"--line-mode", "--screen-reader"}, scope = ScopeType.INHERIT)
    boolean lineMode;

    @Option(names = "--ascii", scope = ScopeType.INHERIT)
    boolean ascii;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN")
    ColorMode color = ColorMode.auto;

    enum Lang { fr, en }

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "LANG")
    Lang lang;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
            converter = Seconds.class)
    int timeoutSeconds = 15;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT)
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
