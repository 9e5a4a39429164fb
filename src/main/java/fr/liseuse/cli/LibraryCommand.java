package fr.liseuse.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import fr.liseuse.app.Librarian;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.LibraryException;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code library list|remove ID...|clear}: the saved pages. Without a subcommand, lists them. */
@Command(name = "library", description = {
        "The offline library: list the saved pages, remove some, or remove them all.",
        "Without a subcommand: list. Ids are usable as SOURCE (liseuse read ID).",
        "Removing is refused in discreet mode (exit 2)."})
final class LibraryCommand implements Callable<Integer> {

    private final Context context;

    @Spec
    CommandSpec spec;

    LibraryCommand(Context context) {
        this.context = context;
    }

    /** The command with its subcommands, ready to add to the root. */
    static CommandLine commandLine(Context context) {
        CommandLine library = new CommandLine(new LibraryCommand(context));
        library.addSubcommand(new ListCommand(context));
        library.addSubcommand(new RemoveCommand(context));
        library.addSubcommand(new ClearCommand(context));
        return library;
    }

    @Override
    public Integer call() throws IOException {
        ListCommand list = new ListCommand(context);
        list.spec = spec;
        return list.call();
    }

    /** What the three subcommands share: the library, the output, and one error path. */
    abstract static class Part implements Callable<Integer> {

        final Context context;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
        PageCommand.ListFormat format = PageCommand.ListFormat.text;

        Part(Context context) {
            this.context = context;
        }

        abstract int run(Librarian librarian, PrintWriter out) throws LibraryException, IOException;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            try {
                return run(context.librarian(err), spec.commandLine().getOut());
            } catch (LibraryException failure) {
                Errors.report(failure, context, err);
                return ExitCodes.of(failure);
            }
        }

        LibraryOutput output(PrintWriter out) {
            return new LibraryOutput(context.messages(), out);
        }
    }

    @Command(name = "list", description = "List the saved pages, oldest first: id, date saved, title.")
    static final class ListCommand extends Part {

        ListCommand(Context context) {
            super(context);
        }

        @Override
        int run(Librarian librarian, PrintWriter out) throws LibraryException, IOException {
            output(out).entries(librarian.list(), format);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", description = "Remove the saved pages with these ids.")
    static final class RemoveCommand extends Part {

        @Parameters(arity = "1..*", paramLabel = "ID", description = "Library ids (liseuse library list).")
        List<String> ids;

        RemoveCommand(Context context) {
            super(context);
        }

        @Override
        int run(Librarian librarian, PrintWriter out) throws LibraryException, IOException {
            Map<String, EntrySummary> before = librarian.list().stream()
                    .collect(Collectors.toMap(EntrySummary::id, Function.identity(), (a, b) -> a));
            List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
            List<String> missing = librarian.remove(wanted);
            List<EntrySummary> removed = new ArrayList<>();
            for (String id : wanted) {
                if (!missing.contains(id) && before.containsKey(id)) removed.add(before.get(id));
            }
            if (format == PageCommand.ListFormat.json) {
                output(out).entries(removed, format);
            } else {
                for (EntrySummary entry : removed) output(out).line("library.removed", entry);
            }
            PrintWriter err = spec.commandLine().getErr();
            for (String id : missing) {
                err.println("liseuse: " + context.messages().get("library.notFound", Sanitizer.inline(id)));
            }
            err.flush();
            return missing.isEmpty() ? ExitCodes.OK : ExitCodes.NOT_FOUND;
        }
    }

    @Command(name = "clear", description = "Remove every saved page (and the search index).")
    static final class ClearCommand extends Part {

        private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

        ClearCommand(Context context) {
            super(context);
        }

        @Override
        int run(Librarian librarian, PrintWriter out) throws LibraryException, IOException {
            int count = librarian.clear();
            if (format == PageCommand.ListFormat.json) {
                try (JsonGenerator g = json.createGenerator(out)) {
                    g.writeStartObject();
                    g.writeNumberField("removed", count);
                    g.writeEndObject();
                }
                out.println();
            } else {
                out.println(context.messages().get("library.cleared", count));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
