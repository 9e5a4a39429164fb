package fr.liseuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    final CommandSpec spec = Specs.command("completion", this);
    private final PositionalParamSpec shell = Specs.add(spec, Specs.single("SHELL", Shell.class, "shell"));

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CompletionScripts.script(shell.getValue(), spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
