package fr.liseuse.cli;

import fr.liseuse.app.Librarian;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.LibraryException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class SaveCommand implements Callable<Integer> {

    private final Context context;
    final CommandSpec spec = Specs.command("save", this);
    private final PositionalParamSpec sources = Specs.add(spec, Specs.several("SOURCE", "source"));

    SaveCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Librarian librarian = context.librarian(err);
        LibraryOutput output = new LibraryOutput(context.messages(), out);
        int[] exit = {ExitCodes.OK};
        try {
            librarian.save(sources.<List<String>>getValue(), context.stdin, new Librarian.SaveListener() {
                @Override
                public void loading(String source, int position, int total) {
                    context.progress().at(BatchProgress.Kind.SAVE, position, total, source);
                }

                @Override
                public void saved(String source, EntrySummary entry) {
                    output.line("library.saved", entry);
                }

                @Override
                public void failed(String source, SourceException failure) {
                    if (exit[0] == ExitCodes.OK) exit[0] = ExitCodes.of(failure);
                    Errors.report(failure, context, err);
                }
            });
            context.progress().end();
        } catch (LibraryException failure) {
            Errors.report(failure, context, err);
            return ExitCodes.of(failure);
        }
        return exit[0];
    }
}
