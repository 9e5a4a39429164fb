package fr.liseuse.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command model is declared with picocli's programmatic API, not with annotations: reading
 * annotations at start-up (reflection, then one proxy class generated per annotation type) was
 * about 40% of the time a {@code read} spent before its first byte. Each command declares its
 * options where it keeps them, as {@link OptionSpec} fields, and reads their values after parsing
 * with {@code getValue()}. Help texts still come from the help bundles, by the same keys.
 */
final class Specs {

    /** The name picocli gives its standard help options, kept so the model is the one it would build. */
    private static final String STANDARD_HELP = "mixinStandardHelpOptions";

    private Specs() { }

    /** A command that runs {@code body} when chosen. */
    static CommandSpec command(String name, Callable<Integer> body) {
        return CommandSpec.wrapWithoutInspection(body).name(name);
    }

    /**
     * Adds the option built by {@code option} to {@code command} and returns it, to read its value:
     * its initial value until the command line is parsed (picocli sets it only when parsing).
     */
    static OptionSpec add(CommandSpec command, OptionSpec.Builder option) {
        OptionSpec built = option.build();
        built.setValue(built.initialValue());
        command.addOption(built);
        return built;
    }

    /** Adds the positional parameter built by {@code parameter} to {@code command} and returns it. */
    static PositionalParamSpec add(CommandSpec command, PositionalParamSpec.Builder parameter) {
        PositionalParamSpec built = parameter.build();
        command.addPositional(built);
        return built;
    }

    /**
     * The label of a value ({@code WHEN}, {@code SOURCE}) in the help's language: the help bundle's
     * {@code label.WHEN}, else the English word when no bundle is set (a command line that prints no help).
     */
    static String label(String english) {
        return "${bundle:label." + english + ":-" + english + "}";
    }

    /** One or more words, each a value of the list: {@code LABEL...}, described by the bundle's {@code key}. */
    static PositionalParamSpec.Builder several(String label, String key) {
        return PositionalParamSpec.builder().arity("1..*").required(true).paramLabel(label(label)).descriptionKey(key)
                .type(List.class).auxiliaryTypes(String.class);
    }

    /** The first parameter, required, of TYPE. */
    static PositionalParamSpec.Builder single(String label, Class<?> type, String key) {
        return PositionalParamSpec.builder().index("0").required(true).paramLabel(label(label)).descriptionKey(key).type(type);
    }

    /** The first parameter, which may be left out. */
    static PositionalParamSpec.Builder optional(String label, String key) {
        return PositionalParamSpec.builder().index("0").arity("0..1").paramLabel(label(label)).descriptionKey(key).type(String.class);
    }

    /** A flag: false unless given. */
    static OptionSpec.Builder flag(String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false);
    }

    /** {@code -h/--help} and {@code -V/--version} on {@code command} and all its subcommands. */
    static void addStandardHelp(CommandSpec command) {
        CommandSpec help = CommandSpec.create();
        help.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey(STANDARD_HELP + ".help").build());
        help.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey(STANDARD_HELP + ".version").build());
        command.addMixin(STANDARD_HELP, help);
        command.subcommands().values().forEach(sub -> addStandardHelp(sub.getCommandSpec()));
    }
}
