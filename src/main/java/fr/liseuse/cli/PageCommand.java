package fr.liseuse.cli;

import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.source.SourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A command that loads one page and prints one part of it as text or JSON. */
abstract class PageCommand implements Callable<Integer> {

    enum ListFormat { text, json }

    final Context context;
    final CommandSpec spec;
    private final OptionSpec format;

    PageCommand(Context context, String name) {
        this.context = context;
        this.spec = Specs.command(name, this);
        this.format = Specs.add(spec, formatOption());
    }

    /** {@code --format text|json}, as every list-printing command declares it. */
    static OptionSpec.Builder formatOption() {
        return OptionSpec.builder("--format").paramLabel(Specs.label("FORMAT")).type(ListFormat.class).initialValue(ListFormat.text);
    }

    /** The SOURCE to load, or null when the command works without one. */
    abstract String source();

    abstract void print(Page page, PrintWriter out) throws IOException;

    /** The parts of the page {@link #print} shows, the only ones read. */
    abstract Set<PagePart> parts();

    boolean json() {
        return format.getValue() == ListFormat.json;
    }

    @Override
    public Integer call() throws IOException {
        Page page = null;
        if (source() != null) {
            try {
                page = context.pageLoader().load(source(), context.stdin, parts());
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
