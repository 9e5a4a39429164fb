package fr.liseuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion")
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", descriptionKey = "shell")
    Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CompletionScripts.script(shell, spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
