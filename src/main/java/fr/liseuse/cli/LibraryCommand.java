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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code library list|remove ID...|clear}: the saved pages. Without a subcommand, lists them. */
final class LibraryCommand implements Callable<Integer> {

    private final Context context;
    final CommandSpec spec = Specs.command("library", this);

    LibraryCommand(Context context) {
        this.context = context;
    }

    /** The command with its subcommands, ready to add to the root. */
    static CommandLine commandLine(Context context) {
        CommandLine library = new CommandLine(new LibraryCommand(context).spec);
        library.addSubcommand(new ListCommand(context).spec);
        library.addSubcommand(new RemoveCommand(context).spec);
        library.addSubcommand(new ClearCommand(context).spec);
        return library;
    }

    /** Without a subcommand: the list, printed as {@code library list} would. */
    @Override
    public Integer call() throws IOException {
        return new ListCommand(context).run(PageCommand.ListFormat.text, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** What the three subcommands share: the library, the output, and one error path. */
    abstract static class Part implements Callable<Integer> {

        final Context context;
        final CommandSpec spec;
        private final OptionSpec format;

        Part(Context context, String name) {
            this.context = context;
            this.spec = Specs.command(name, this);
            this.format = Specs.add(spec, PageCommand.formatOption());
        }

        abstract int run(Librarian librarian, PageCommand.ListFormat format, PrintWriter out, PrintWriter err)
                throws LibraryException, IOException;

        @Override
        public Integer call() throws IOException {
            return run(format.getValue(), spec.commandLine().getOut(), spec.commandLine().getErr());
        }

        int run(PageCommand.ListFormat format, PrintWriter out, PrintWriter err) throws IOException {
            try {
                return run(context.librarian(err), format, out, err);
            } catch (LibraryException failure) {
                Errors.report(failure, context, err);
                return ExitCodes.of(failure);
            }
        }

        LibraryOutput output(PrintWriter out) {
            return new LibraryOutput(context.messages(), out);
        }
    }

    static final class ListCommand extends Part {

        ListCommand(Context context) {
            super(context, "list");
        }

        @Override
        int run(Librarian librarian, PageCommand.ListFormat format, PrintWriter out, PrintWriter err)
                throws LibraryException, IOException {
            output(out).entries(librarian.list(), format);
            return ExitCodes.OK;
        }
    }

    static final class RemoveCommand extends Part {

        private final PositionalParamSpec ids = Specs.add(spec, Specs.several("ID", "id"));

        RemoveCommand(Context context) {
            super(context, "remove");
        }

        @Override
        int run(Librarian librarian, PageCommand.ListFormat format, PrintWriter out, PrintWriter err)
                throws LibraryException, IOException {
            Map<String, EntrySummary> before = librarian.list().stream()
                    .collect(Collectors.toMap(EntrySummary::id, Function.identity(), (a, b) -> a));
            List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids.<List<String>>getValue()));
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
            for (String id : missing) {
                err.println("liseuse: " + context.messages().get("library.notFound", Sanitizer.inline(id)));
            }
            err.flush();
            return missing.isEmpty() ? ExitCodes.OK : ExitCodes.NOT_FOUND;
        }
    }

    static final class ClearCommand extends Part {

        private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

        ClearCommand(Context context) {
            super(context, "clear");
        }

        @Override
        int run(Librarian librarian, PageCommand.ListFormat format, PrintWriter out, PrintWriter err)
                throws LibraryException, IOException {
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
