package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionTest {

    @Test
    void committedScriptsMatchTheCommandModel() throws Exception {
        Map<String, String> fresh = CompletionScripts.files(Cli.commandLine(Context.forDocumentation()));
        for (Map.Entry<String, String> file : fresh.entrySet()) {
            Path committed = Path.of("completion", file.getKey());
            assertTrue(Files.exists(committed), committed + " is missing: copy target/completion/* into completion/ and commit");
            assertEquals(file.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
                    committed + " is stale: copy target/completion/* into completion/ and commit");
        }
    }

    @Test
    void bashScriptCompletesCommandsAndOptions() {
        CliRunner.Result r = new CliRunner().run("completion", "bash");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("complete -F"), r.out());
        for (String word : new String[] {"read", "menu", "links", "contacts", "--format", "--no-links", "--offline"}) {
            assertTrue(r.out().contains(word), word);
        }
    }

    @Test
    void zshScriptLoadsBashCompletionSupport() {
        CliRunner.Result r = new CliRunner().run("completion", "zsh");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("#compdef liseuse"), r.out());
        assertTrue(r.out().contains("bashcompinit"), r.out());
    }

    @Test
    void unknownShellIsAUsageError() {
        assertEquals(2, new CliRunner().run("completion", "fish").code());
    }
}
