package fr.liseuse.cli;

import fr.liseuse.extract.Extractor;
import fr.liseuse.extract.PartFaults;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Runs the command line in-process with captured streams, as a script would see it. */
public final class CliRunner {

    public record Result(int code, String out, String err) { }

    private final Map<String, String> env = new HashMap<>(Map.of("LANG", "fr_FR.UTF-8"));
    private String stdin = "";
    private boolean terminal;
    private Function<PartFaults, Extractor> extractors = Extractor::new;

    public CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public CliRunner stdin(String text) {
        stdin = text;
        return this;
    }

    /** Pages are built by {@code extractors} (one whose parts fail on purpose, say). */
    public CliRunner extractors(Function<PartFaults, Extractor> extractors) {
        this.extractors = extractors;
        return this;
    }

    public CliRunner onTerminal() {
        terminal = true;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context context = new Context(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                terminal, () -> 60).extractors(extractors);
        int code = Cli.run(args, context, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    public static String fixture(String name) {
        return Path.of("src/test/resources/cli", name).toString();
    }
}
