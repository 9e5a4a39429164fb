package fr.liseuse.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The subcommands, and which of them a command line needs built. Building a picocli command (its
 * options, converters and help texts) is most of picocli's start-up cost, and a command line runs
 * at most one subcommand: {@code read PAGE} needs only {@code read}.
 * The answer never changes what picocli decides: whenever the choice is not certain (help of the
 * root, {@code completion}, which reads the whole model, a subcommand name after the SOURCE),
 * every subcommand is built.
 */
final class Subcommands {

    /** Root options followed by a separate value ({@code --lang en}): the value is not a positional. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--color", "--lang", "--timeout");
    private static final Set<String> ROOT_HELP = Set.of("-h", "--help", "-V", "--version");

    private final Map<String, Function<Context, Object>> all = new LinkedHashMap<>();

    Subcommands() {
        all.put("read", context -> new ReadCommand(context).spec);
        all.put("menu", context -> new MenuCommand(context).spec);
        all.put("links", context -> new LinksCommand(context).spec);
        all.put("contacts", context -> new ContactsCommand(context).spec);
        all.put("search", context -> new SearchCommand(context).spec);
        all.put("save", context -> new SaveCommand(context).spec);
        all.put("library", LibraryCommand::commandLine);
        all.put("completion", context -> new CompletionCommand().spec);
    }

    /** Every subcommand name, in the order of the help. */
    List<String> names() {
        return List.copyOf(all.keySet());
    }

    /** A new subcommand model (or a {@code CommandLine} holding its own subcommands). */
    Object create(String name, Context context) {
        return all.get(name).apply(context);
    }

    /** A first word that was probably meant as a command: {@code red} for {@code read}. */
    record Misspelt(String typed, String meant) { }

    /**
     * The root's first word when it is no command but nearly one, and names no file or address
     * (a file {@code red} would be read by {@code liseuse red}).
     */
    Optional<Misspelt> misspelt(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) break;
            if (arg.startsWith("-") && !arg.equals("-")) {
                if (VALUE_OPTIONS.contains(arg)) i++;
                continue;
            }
            if (all.containsKey(arg) || arg.matches(".*[./:\\\\].*")) break;
            return Suggestions.closest(arg, all.keySet()).map(meant -> new Misspelt(arg, meant));
        }
        return Optional.empty();
    }

    /** The subcommands picocli may run for {@code args}, in the order of the help. */
    List<String> neededFor(String[] args) {
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--")) return List.of();
            if (ROOT_HELP.contains(arg)) return names();
            if (!arg.startsWith("-") || arg.equals("-")) break;
            // picocli refuses a subcommand name as an option's value: let it see them all
            if (VALUE_OPTIONS.contains(arg) && i + 1 < args.length && all.containsKey(args[i + 1])) return names();
            i += VALUE_OPTIONS.contains(arg) ? 2 : 1;
        }
        if (i >= args.length) return List.of();
        String first = args[i];
        if (all.containsKey(first)) return first.equals("completion") ? names() : List.of(first);
        // The first positional is the root's SOURCE; a subcommand name or a help option later
        // would still be one.
        for (int j = i + 1; j < args.length && !args[j].equals("--"); j++) {
            if (all.containsKey(args[j]) || ROOT_HELP.contains(args[j])) return names();
        }
        return List.of();
    }
}
