package fr.liseuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "liseuse", versionProvider = VersionProvider.class)
final class LiseuseCommand implements Callable<Integer> {

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE", descriptionKey = "source")
    String source;

    LiseuseCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return Interactive.run(context, source, spec.commandLine());
    }
}
