package fr.liseuse.cli;

import static fr.liseuse.cli.Specs.add;
import static fr.liseuse.cli.Specs.flag;

import fr.liseuse.config.DiscreetValue;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command accepts (CONTRACT §3), declared once and inherited by the subcommands.
 * Their values are the defaults until the command line is parsed.
 */
final class GlobalOptions {

    enum ColorMode { auto, always, never }

    enum Lang { fr, en }

    /** The options, as a mixin for the root command. */
    final CommandSpec mixin = CommandSpec.create();

    private final OptionSpec offline = add(mixin, flag("--offline").scopeType(ScopeType.INHERIT));
    /** {@code --discreet}, or {@code --discreet=VALUE} read as the variable is (never the next word: it may be a source). */
    private final OptionSpec discreet = add(mixin, flag("--discreet").scopeType(ScopeType.INHERIT)
            .arity("0..1").paramLabel(Specs.label("VALUE")).converters(new Discreet()).preprocessor(GlobalOptions::flagUnlessAttached));
    /** {@code --line-mode}, or {@code --line-mode=VALUE} with the yes/no words discreet mode takes ({@code false} wins over settings). */
    private final OptionSpec lineMode = add(mixin, OptionSpec.builder("--line-mode", "--screen-reader").scopeType(ScopeType.INHERIT)
            .type(Boolean.class).arity("0..1").paramLabel(Specs.label("VALUE")).converters(new YesNo()).preprocessor(GlobalOptions::flagUnlessAttached));
    private final OptionSpec noLineMode = add(mixin, flag("--no-line-mode").scopeType(ScopeType.INHERIT));
    private final OptionSpec ascii = add(mixin, flag("--ascii").scopeType(ScopeType.INHERIT));
    private final OptionSpec color = add(mixin, OptionSpec.builder("--color").scopeType(ScopeType.INHERIT)
            .paramLabel(Specs.label("WHEN")).type(ColorMode.class).initialValue(ColorMode.auto));
    private final OptionSpec lang = add(mixin, OptionSpec.builder("--lang").scopeType(ScopeType.INHERIT)
            .paramLabel(Specs.label("LANG")).type(Lang.class));
    private final OptionSpec timeout = add(mixin, OptionSpec.builder("--timeout").scopeType(ScopeType.INHERIT)
            .paramLabel(Specs.label("SECONDS")).type(int.class).initialValue(15).converters(new Seconds()));
    private final OptionSpec verbose = add(mixin, flag("-v", "--verbose").scopeType(ScopeType.INHERIT));
    private final OptionSpec quiet = add(mixin, flag("-q", "--quiet").scopeType(ScopeType.INHERIT));

    boolean offline() { return offline.getValue(); }

    boolean discreet() { return discreet.getValue(); }

    /** What {@code --line-mode[=VALUE]} asked: true, false, or null when it was not given. */
    Boolean lineMode() { return lineMode.getValue(); }

    /** {@code --no-line-mode}: the full-screen reader for this run, whatever the settings and environment say. */
    boolean noLineMode() { return noLineMode.getValue(); }

    boolean ascii() { return ascii.getValue(); }

    ColorMode color() { return color.getValue(); }

    /** The language given with {@code --lang}, or null. */
    Lang lang() { return lang.getValue(); }

    int timeoutSeconds() { return timeout.getValue(); }

    boolean verbose() { return verbose.getValue(); }

    /** {@code --quiet}: no progress line on standard error. */
    boolean quiet() { return quiet.getValue(); }

    /**
     * An option of arity 0..1 given without {@code =VALUE} is a plain flag: picocli would otherwise take
     * the next word as its value when it converts, so {@code --discreet 0} (library entry 0) would turn
     * discreet mode off, where the launcher sees {@code --discreet} and a source.
     */
    private static boolean flagUnlessAttached(Stack<String> args, CommandSpec command, ArgSpec option,
                                              Map<String, Object> info) {
        if (!"".equals(info.get("separator"))) return false;
        option.setValue(true);
        return true;
    }

    /** Accepts what {@link DiscreetValue} accepts. */
    static final class Discreet implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return DiscreetValue.parse(value).orElseThrow(() -> new TypeConversionException("not a discreet value"));
        }
    }

    /** The same yes/no words as discreet mode, for another switch. */
    static final class YesNo implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return DiscreetValue.parse(value).orElseThrow(() -> new TypeConversionException("expected 1, true, yes, on or 0, false, no, off"));
        }
    }

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
