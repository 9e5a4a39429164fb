package fr.liseuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The root command: without a subcommand, opens the reader on SOURCE. */
final class LiseuseCommand implements Callable<Integer> {

    private final Context context;
    final CommandSpec spec = Specs.command("liseuse", this).versionProvider(new VersionProvider());
    private final PositionalParamSpec source = Specs.add(spec, Specs.optional("SOURCE", "source"));

    LiseuseCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return Interactive.run(context, source.getValue(), spec.commandLine());
    }
}
