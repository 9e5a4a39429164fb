package fr.liseuse.cli;

import fr.liseuse.app.PageLoader;
import fr.liseuse.source.EnvironmentLimits;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.text.Messages;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

/**
 * What the commands need from the process: environment, standard input, terminal facts and the
 * global options. Tests build one with their own values.
 */
final class Context {

    final Map<String, String> env;
    final InputStream stdin;
    final boolean stdoutIsTerminal;
    final GlobalOptions globals = new GlobalOptions();
    private final java.util.function.IntSupplier terminalWidth;

    Context(Map<String, String> env, InputStream stdin, boolean stdoutIsTerminal,
            java.util.function.IntSupplier terminalWidth) {
        this.env = Map.copyOf(env);
        this.stdin = stdin;
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.terminalWidth = terminalWidth;
    }

    static Context ofProcess() {
        Map<String, String> env = System.getenv();
        return new Context(env, System.in, Tty.stdoutIsTerminal(), () -> Tty.width(env));
    }

    /** A context with no environment, for generating documentation and completion from the model. */
    static Context forDocumentation() {
        return new Context(Map.of(), InputStream.nullInputStream(), false, () -> 80);
    }

    String lang() {
        return globals.lang != null ? globals.lang.name() : Messages.defaultLanguage(env);
    }

    Messages messages() {
        return Messages.of(lang());
    }

    int terminalWidth() {
        return terminalWidth.getAsInt();
    }

    PageLoader pageLoader() {
        SourceOptions defaults = SourceOptions.defaults(env);
        SourceOptions options = new SourceOptions(globals.offline, Duration.ofSeconds(globals.timeoutSeconds),
                defaults.maxBytes(), defaults.userAgent(), env);
        return new PageLoader(new Sources(options),
                EnvironmentLimits.timeBudget(env, PageLoader.DEFAULT_BUDGET));
    }

    boolean discreet() {
        return globals.discreet || "1".equals(env.get("LISEUSE_DISCREET"));
    }

    boolean lineModeWanted() {
        return globals.lineMode || "1".equals(env.get("LISEUSE_SCREEN_READER")) || Tty.dumb(env);
    }
}
