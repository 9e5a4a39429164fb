package fr.liseuse.cli;

import fr.liseuse.app.Librarian;
import fr.liseuse.model.SearchResult;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.LibraryException;
import fr.liseuse.store.LibraryHit;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "search", description = {
        "Search the offline library (accents, case, French plurals and elisions do not matter:",
        "evenement finds Événements, ecole finds l'école). Every word must appear; words in quotes",
        "must appear together, in order. With --site NAME, run that site's own search instead.",
        "Text output: numbered hits with their library id (liseuse read ID), address and an excerpt."})
final class SearchCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 10;

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for; several words are joined.")
    List<String> words;

    @Option(names = "--site", paramLabel = "NAME", description = "Search this site instead of the library (e.g. mel, demo).")
    String site;

    @Option(names = "--limit", paramLabel = "N", converter = Limit.class,
            description = "Show at most N results, 1 to 1000 (default: " + DEFAULT_LIMIT + ").")
    int limit = DEFAULT_LIMIT;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    PageCommand.ListFormat format = PageCommand.ListFormat.text;

    SearchCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String query = String.join(" ", words).strip();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LibraryOutput output = new LibraryOutput(context.messages(), out);
        try {
            if (site != null) {
                List<SearchResult> results = context.siteSearch().search(site, query, limit);
                output.results(query, results.subList(0, Math.min(limit, results.size())), format);
                return ExitCodes.OK;
            }
            Librarian librarian = context.librarian(err);
            if (!librarian.searchable(query)) {
                err.println("liseuse: " + context.messages().get("search.noWords", Sanitizer.inline(query)));
                err.flush();
            }
            List<LibraryHit> hits = librarian.search(query, limit);
            output.hits(query, hits, format);
            return ExitCodes.OK;
        } catch (SourceException | LibraryException failure) {
            Errors.report(failure, context, err);
            return ExitCodes.of(failure);
        }
    }

    /** Accepts 1 to 1000. */
    static final class Limit implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1 && n <= 1000) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("expected a number of results from 1 to 1000");
        }
    }
}
