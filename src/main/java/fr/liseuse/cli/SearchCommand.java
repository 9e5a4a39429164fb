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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

final class SearchCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 10;

    private final Context context;
    final CommandSpec spec = Specs.command("search", this);
    private final PositionalParamSpec words = Specs.add(spec, Specs.several("QUERY", "query"));
    private final OptionSpec site = Specs.add(spec, OptionSpec.builder("--site").paramLabel(Specs.label("NAME")).type(String.class));
    private final OptionSpec limit = Specs.add(spec, OptionSpec.builder("--limit").paramLabel(Specs.label("N")).type(int.class)
            .initialValue(DEFAULT_LIMIT).converters(new Limit()));
    private final OptionSpec format = Specs.add(spec, PageCommand.formatOption());

    SearchCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String query = String.join(" ", words.<List<String>>getValue()).strip();
        String site = this.site.getValue();
        int limit = this.limit.getValue();
        PageCommand.ListFormat format = this.format.getValue();
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
