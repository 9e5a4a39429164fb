package fr.liseuse.cli;

import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.render.JsonRenderer;
import fr.liseuse.render.MarkdownRenderer;
import fr.liseuse.render.Renderer;
import fr.liseuse.render.TextRenderer;
import fr.liseuse.source.SourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "read")
final class ReadCommand implements Callable<Integer> {

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", descriptionKey = "source")
    List<String> sources;

    @Option(names = "--format", paramLabel = "FORMAT")
    Format format = Format.text;

    @Option(names = "--width", paramLabel = "N", converter = Columns.class)
    Integer width;

    @Option(names = "--no-links")
    boolean noLinks;

    ReadCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PageLoader loader = context.pageLoader();
        Renderer renderer = renderer();
        int exit = ExitCodes.OK;
        boolean first = true;
        for (String source : sources) {
            try {
                Page page = loader.load(source, context.stdin);
                if (!first && format != Format.json) out.println();
                renderer.render(page, out);
            } catch (SourceException | RuntimeException failure) {
                int code = ExitCodes.of(failure);
                if (exit == ExitCodes.OK) exit = code;
                String message = Errors.message(failure, context);
                if (format == Format.json) new JsonRenderer().renderError(source, code, message, out);
                Errors.report(failure, context, spec.commandLine().getErr());
            }
            first = false;
            out.flush();
        }
        return exit;
    }

    private Renderer renderer() {
        return switch (format) {
            case json -> new JsonRenderer();
            case markdown -> new MarkdownRenderer(!noLinks, context.messages());
            case text -> new TextRenderer(effectiveWidth(), !noLinks, context.messages());
        };
    }

    private int effectiveWidth() {
        if (width != null) return width;
        return context.stdoutIsTerminal ? context.terminalWidth() : 0;
    }
}
