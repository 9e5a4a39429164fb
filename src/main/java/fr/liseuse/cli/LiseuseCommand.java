package fr.liseuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The root command: without a subcommand, opens the reader on SOURCE. */
final class LiseuseCommand implements Callable<Integer> {

    private final Context context;
    final CommandSpec spec = Specs.command("liseuse", this).versionProvider(new VersionProvider());
    private final PositionalParamSpec source = Specs.add(spec, Specs.optional("SOURCE", "source"));
    private final OptionSpec width = Specs.add(spec, OptionSpec.builder("--width")
            .paramLabel(Specs.label("N")).type(Integer.class).converters(new Columns()));

    LiseuseCommand(Context context) {
        this.context = context;
    }

    /**
     * The widest the full-screen reader's text runs: {@code --width N}, else the settings' {@code "width"},
     * else 0 for the reader's default; {@code --width 0} gives the whole window.
     */
    private int measure() {
        Integer given = width.getValue();
        if (given != null) return given == 0 ? Integer.MAX_VALUE : given;
        return context.preferences().width();
    }

    @Override
    public Integer call() throws Exception {
        return Interactive.run(context, source.getValue(), measure(), spec.commandLine());
    }
}
