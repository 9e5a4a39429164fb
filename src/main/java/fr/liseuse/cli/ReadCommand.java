package fr.liseuse.cli;

import fr.liseuse.app.BatchHeap;
import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.render.JsonRenderer;
import fr.liseuse.render.MarkdownRenderer;
import fr.liseuse.render.Renderer;
import fr.liseuse.render.SourceSeparator;
import fr.liseuse.render.TextRenderer;
import fr.liseuse.source.SourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ReadCommand implements Callable<Integer> {

    private final Context context;
    final CommandSpec spec = Specs.command("read", this);
    private final PositionalParamSpec sources = Specs.add(spec, Specs.several("SOURCE", "source"));
    private final OptionSpec format = Specs.add(spec, OptionSpec.builder("--format")
            .paramLabel(Specs.label("FORMAT")).type(Format.class).initialValue(Format.text));
    private final OptionSpec width = Specs.add(spec, OptionSpec.builder("--width")
            .paramLabel(Specs.label("N")).type(Integer.class).converters(new Columns()));
    private final OptionSpec noLinks = Specs.add(spec, Specs.flag("--no-links"));

    ReadCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Format format = this.format.getValue();
        PageLoader loader = context.pageLoader();
        Renderer renderer = renderer(format);
        Set<PagePart> parts = parts(format);
        int exit = ExitCodes.OK;
        boolean printed = false;
        List<String> sources = this.sources.getValue();
        boolean named = sources.size() > 1 && format != Format.json;
        BatchProgress progress = context.progress();
        BatchHeap heap = new BatchHeap();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            if (i > 0) heap.betweenPages();
            progress.at(BatchProgress.Kind.READ, i + 1, sources.size(), source);
            try {
                Page page = loader.load(source, context.stdin, parts);
                if (printed && format != Format.json) out.println();
                if (named) out.println(SourceSeparator.line(source, context.emphasis()));
                renderer.render(page, out);
                printed = true;
            } catch (SourceException | RuntimeException failure) {
                int code = ExitCodes.of(failure);
                if (exit == ExitCodes.OK) exit = code;
                String message = Errors.message(failure, context);
                if (format == Format.json) new JsonRenderer().renderError(source, code, message, out);
                Errors.report(failure, context, spec.commandLine().getErr());
            }
            out.flush();
        }
        progress.end();
        return exit;
    }

    /** Text and Markdown show a results page's list but never a menu or the page's contacts. */
    private static Set<PagePart> parts(Format format) {
        return format == Format.json ? PagePart.ALL : PagePart.articleAnd(PagePart.RESULTS);
    }

    private Renderer renderer(Format format) {
        boolean links = !noLinks.<Boolean>getValue();
        return switch (format) {
            case json -> new JsonRenderer();
            case markdown -> new MarkdownRenderer(links, context.messages());
            case text -> new TextRenderer(effectiveWidth(), links, context.messages(), context.emphasis());
        };
    }

    private int effectiveWidth() {
        Integer given = width.getValue();
        if (given != null) return given;
        return context.stdoutIsTerminal ? context.terminalWidth() : 0;
    }
}
