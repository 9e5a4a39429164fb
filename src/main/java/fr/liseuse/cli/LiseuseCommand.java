package fr.liseuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "liseuse", versionProvider = VersionProvider.class,
        description = {
                "A terminal reader for web articles. With no command, opens the interactive reader on SOURCE",
                "(default: the embedded demo site).",
                "Emergency contacts: F2 or ! in the reader, 'liseuse contacts' from the shell.",
                "Quick exit from the reader: Ctrl-X or F12 (line mode: x)."})
final class LiseuseCommand implements Callable<Integer> {

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "The page to open (default: demo:/).")
    String source;

    LiseuseCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return Interactive.run(context, source, spec.commandLine());
    }
}
