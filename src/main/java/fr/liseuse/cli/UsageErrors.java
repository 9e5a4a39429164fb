package fr.liseuse.cli;

import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in the UI language, as one line (picocli's own messages are English only): what was
 * wrong, the word probably meant or the values accepted when there is one to give, and the help of
 * the command concerned.
 */
final class UsageErrors {

    private static final String ROOT = "liseuse";

    private UsageErrors() { }

    /**
     * The line for {@code failure}; {@code misspelt} is the root's first word when it was probably
     * meant as a command ({@code red} for {@code read} in {@code liseuse red page.html}).
     */
    static String message(ParameterException failure, Optional<Subcommands.Misspelt> misspelt, Messages messages) {
        CommandSpec where = failure.getCommandLine().getCommandSpec();
        String help = where.qualifiedName(" ");
        String text;
        if (failure instanceof UnmatchedArgumentException && where.parent() == null && misspelt.isPresent()) {
            text = messages.get("usage.meant", messages.get("usage.unknownCommand", misspelt.get().typed()), misspelt.get().meant());
            help = ROOT + " " + misspelt.get().meant();
        } else if (failure instanceof UnmatchedArgumentException unmatched) {
            text = messages.get("usage.unknown", String.join(" ", unmatched.getUnmatched()));
            String typed = unmatched.getUnmatched().get(0);
            Optional<String> meant = Suggestions.closest(typed.split("=", 2)[0], typed.startsWith("-")
                    ? where.optionsMap().keySet() : where.subcommands().keySet());
            if (meant.isPresent()) text = messages.get("usage.meant", text, meant.get());
        } else if (failure instanceof MissingParameterException missing) {
            text = messages.get("usage.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        } else if (failure.getArgSpec() instanceof OptionSpec option && option.longestName().equals("--discreet")) {
            return discreet("--discreet", failure.getValue(), help, messages);
        } else if (failure.getArgSpec() != null && failure.getValue() != null) {
            text = messages.get("usage.invalid", name(failure.getArgSpec()), failure.getValue());
            List<String> values = values(failure.getArgSpec());
            if (!values.isEmpty()) text = messages.get("usage.values", text, String.join(", ", values));
        } else {
            text = failure.getMessage();
        }
        return Sanitizer.inline(text) + " " + messages.get("usage.hint", help);
    }

    /** A refused discreet-mode value given to NAME (the option or the variable), with the values accepted. */
    static String discreet(String name, String value, Messages messages) {
        return discreet(name, value, ROOT, messages);
    }

    private static String discreet(String name, String value, String help, Messages messages) {
        return Sanitizer.inline(messages.get("usage.discreet", name, value == null ? "" : value)) + " "
                + messages.get("usage.hint", help);
    }

    /** The values an option of a fixed set accepts ({@code text, markdown, json}), or none. */
    private static List<String> values(ArgSpec arg) {
        List<String> values = new ArrayList<>();
        if (arg.type().isEnum()) {
            for (Object constant : arg.type().getEnumConstants()) values.add(constant.toString());
        }
        return values;
    }

    /** An option by the first long name it was declared with ({@code --line-mode}, not its alias), a parameter by its label. */
    private static String name(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) return arg.paramLabel();
        return Arrays.stream(option.names()).filter(n -> n.startsWith("--")).findFirst().orElse(option.longestName());
    }
}
