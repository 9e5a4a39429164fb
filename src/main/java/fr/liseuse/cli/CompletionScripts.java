package fr.liseuse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Completion scripts generated from the command model. The build runs {@link #main} to write them
 * into {@code target/completion/}; the copies in {@code completion/} are committed for packagers and
 * users, and a test fails when they no longer match the model (copy the new ones over them).
 */
public final class CompletionScripts {

    private CompletionScripts() { }

    static String script(CompletionCommand.Shell shell, CommandLine root) {
        String bash = AutoComplete.bash("liseuse", root);
        if (shell == CompletionCommand.Shell.bash) return bash;
        return "#compdef liseuse\n"
                + "# zsh runs picocli's bash completion through bashcompinit.\n"
                + "autoload -U +X compinit && compinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + bash;
    }

    static Map<String, String> files(CommandLine root) {
        return Map.of(
                "liseuse.bash", script(CompletionCommand.Shell.bash, root),
                "_liseuse", script(CompletionCommand.Shell.zsh, root));
    }

    /** Writes the scripts into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files(Cli.commandLine(Context.forDocumentation())).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
