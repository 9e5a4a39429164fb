package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import org.junit.jupiter.api.Test;

/** Building only the subcommands a command line needs never changes how it is understood. */
class SubcommandsTest {

    private static final List<List<String>> COMMAND_LINES = List.of(
            List.of("read", "demo:/", "--format", "json"),
            List.of("--offline", "--lang", "en", "read", "a", "b"),
            List.of("--color", "never", "menu", "demo:/"),
            List.of("--timeout", "5", "links", "x"),
            List.of("--timeout=5", "contacts", "x", "--format", "json"),
            List.of("-v", "save", "x"),
            List.of("search", "eau", "--limit", "3"),
            List.of("library"),
            List.of("library", "remove", "abc"),
            List.of("completion", "bash"),
            List.of("demo:/"),
            List.of(),
            List.of("--help"),
            List.of("read", "--help"),
            List.of("demo:/", "--help"),
            List.of("demo:/", "read"),
            List.of("--", "read"),
            List.of("--lang", "read", "x"),
            List.of("read", "--format", "menu", "x"),
            List.of("read", "x", "links"),
            List.of("library", "list", "--format", "read"),
            List.of("raed", "x"),
            List.of("read"),
            List.of("read", "x", "--width", "abc"),
            List.of("--format", "json", "read", "x"),
            List.of("--bogus", "read", "x"));

    @Test
    void theLazyModelUnderstandsEveryCommandLineAsTheWholeModelDoes() {
        Subcommands subcommands = new Subcommands();
        for (List<String> line : COMMAND_LINES) {
            String[] args = line.toArray(String[]::new);
            CommandLine whole = Cli.commandLine(Context.forDocumentation(), "en");
            CommandLine lazy = Cli.commandLine(Context.forDocumentation(), "en", subcommands, subcommands.neededFor(args));
            assertEquals(understood(whole, args), understood(lazy, args), String.join(" ", line));
        }
    }

    @Test
    void aSubcommandAloneNeedsOnlyItself() {
        Subcommands subcommands = new Subcommands();
        assertEquals(List.of("read"), subcommands.neededFor(new String[] {"--lang", "en", "read", "x", "--format", "json"}));
        assertEquals(List.of("library"), subcommands.neededFor(new String[] {"library", "remove", "abc"}));
        assertEquals(List.of(), subcommands.neededFor(new String[] {"--offline", "demo:/"}));
        assertEquals(subcommands.names(), subcommands.neededFor(new String[] {"--help"}));
        assertEquals(subcommands.names(), subcommands.neededFor(new String[] {"completion", "bash"}));
    }

    /** The commands chosen, each with the options and parameters it matched, or the usage error. */
    private static String understood(CommandLine cl, String[] args) {
        try {
            StringBuilder text = new StringBuilder();
            for (ParseResult level = cl.parseArgs(args); level != null; level = level.subcommand()) {
                text.append('[').append(level.commandSpec().qualifiedName());
                for (ArgSpec arg : level.matchedArgs()) text.append(' ').append(arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel()).append('=').append((Object) arg.getValue());
                text.append(']');
            }
            return text.toString();
        } catch (ParameterException failure) {
            return "usage error: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
    }
}
