package fr.liseuse.cli;

import fr.liseuse.model.Page;
import fr.liseuse.source.SourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that loads one page and prints one part of it as text or JSON. */
abstract class PageCommand implements Callable<Integer> {

    enum ListFormat { text, json }

    final Context context;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT")
    ListFormat format = ListFormat.text;

    PageCommand(Context context) {
        this.context = context;
    }

    /** The SOURCE to load, or null when the command works without one. */
    abstract String source();

    abstract void print(Page page, PrintWriter out) throws IOException;

    @Override
    public Integer call() throws IOException {
        Page page = null;
        if (source() != null) {
            try {
                page = context.pageLoader().load(source(), context.stdin);
            } catch (SourceException failure) {
                Errors.report(failure, context, spec.commandLine().getErr());
                return ExitCodes.of(failure);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        print(page, out);
        out.flush();
        return ExitCodes.OK;
    }
}
