package fr.liseuse.cli;

import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Usage errors in the UI language, as one line (picocli's own messages are English only). */
final class UsageErrors {

    private UsageErrors() { }

    static String message(ParameterException failure, Messages messages) {
        String text;
        if (failure instanceof UnmatchedArgumentException unmatched) {
            text = messages.get("usage.unknown", String.join(" ", unmatched.getUnmatched()));
        } else if (failure instanceof MissingParameterException missing) {
            text = messages.get("usage.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        } else if (failure.getArgSpec() instanceof OptionSpec option && option.longestName().equals("--discreet")) {
            return discreet("--discreet", failure.getValue(), messages);
        } else if (failure.getArgSpec() != null && failure.getValue() != null) {
            text = messages.get("usage.invalid", name(failure.getArgSpec()), failure.getValue());
        } else {
            text = failure.getMessage();
        }
        return Sanitizer.inline(text) + " " + messages.get("usage.hint");
    }

    /** A refused discreet-mode value given to NAME (the option or the variable), with the values accepted. */
    static String discreet(String name, String value, Messages messages) {
        return Sanitizer.inline(messages.get("usage.discreet", name, value == null ? "" : value)) + " "
                + messages.get("usage.hint");
    }

    /** An option by the first long name it was declared with ({@code --line-mode}, not its alias), a parameter by its label. */
    private static String name(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) return arg.paramLabel();
        return java.util.Arrays.stream(option.names()).filter(n -> n.startsWith("--")).findFirst().orElse(option.longestName());
    }
}
