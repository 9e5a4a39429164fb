package fr.liseuse.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import fr.liseuse.config.DiscreetValue;
import fr.liseuse.text.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;

/** Builds the command line and runs it; returns the exit code. */
public final class Cli {

    static final String HELP_BUNDLE = "fr.liseuse.cli.help";

    private Cli() { }

    public static int run(String[] args) {
        // picocli start-up work liseuse has no use for (8% of a read's start-up): looking for Groovy,
        // and reflective converters for java.sql, java.time and java.nio.file types, which no option has.
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time|nio\\.file)\\..*");
        // UTF-8 whatever the locale: under LANG=C the JVM would print '?' for every accent.
        Writer stdout = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        Writer stderr = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
        Context context = Context.ofProcess();
        if (Tty.stderrIsTerminal()) {
            // progress may be shown there: whatever else is written, to either output, erases it first
            StatusLine status = new StatusLine(stderr);
            context.statusLine(status);
            Runtime.getRuntime().addShutdownHook(new Thread(status::eraseAtExit, "liseuse-erase-status"));
            stdout = status.erasingFirst(stdout);
            stderr = status.erasingFirst(stderr);
        }
        return run(args, context, new PrintWriter(stdout), new PrintWriter(stderr, true));
    }

    /**
     * The full-screen reader on a virtual terminal, showing SOURCE, then quitting: part of the start-up
     * cache's training ({@code fr.liseuse.Training}).
     */
    public static void rehearseReader(String source) throws IOException, InterruptedException {
        Interactive.rehearse(Context.ofProcess(), source);
    }

    /**
     * Runs ARGS on a library of its own in HOME (the only variable set: nothing of the user's settings
     * or library is read), output discarded: the library commands' part of the start-up cache's
     * training ({@code fr.liseuse.Training}). Returns the exit code.
     */
    public static int rehearse(Path home, String... args) {
        PrintWriter discarded = new PrintWriter(Writer.nullWriter());
        return run(args, new Context(Map.of("LISEUSE_HOME", home.toString()), InputStream.nullInputStream(),
                false, () -> 80), discarded, discarded);
    }

    static int run(String[] args, Context context, PrintWriter out, PrintWriter err) {
        context.warnTo(err);
        String lang = language(args, context);
        if (DiscreetValue.ofEnvironment(context.env).isEmpty()) {
            err.println("liseuse: " + UsageErrors.discreet(DiscreetValue.VARIABLE, context.env.get(DiscreetValue.VARIABLE),
                    Messages.of(lang)));
            err.flush();
            return ExitCodes.USAGE;
        }
        Subcommands subcommands = new Subcommands();
        CommandLine cl = commandLine(context, lang, subcommands, subcommands.neededFor(args));
        cl.setExecutionStrategy(parsed -> {
            if (usageHelpRequested(parsed)) withHelpTexts(cl, lang);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setOut(out);
        cl.setErr(err);
        boolean colour = ColorPolicy.colour(optionValue(args, "--color"), context.env, context.stdoutIsTerminal);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((failure, arguments) -> {
            withHelpTexts(cl, lang);  // value labels (SOURCE, MOTS...) in the UI language
            err.println("liseuse: " + UsageErrors.message(failure, subcommands.misspelt(args), Messages.of(lang)));
            err.flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((failure, command, parsed) -> {
            Errors.report(failure, context, err);
            return ExitCodes.of(failure);
        });
        int code;
        try {
            code = cl.execute(args);
        } finally {
            context.close();
        }
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(Context context) {
        return commandLine(context, context.defaultLang());
    }

    /** The whole model with its help texts: every subcommand (man pages, completion scripts). */
    static CommandLine commandLine(Context context, String lang) {
        Subcommands subcommands = new Subcommands();
        return withHelpTexts(commandLine(context, lang, subcommands, subcommands.names()), lang);
    }

    /**
     * The root command with only the subcommands {@code names} (see {@link Subcommands#neededFor}),
     * without its help texts: a command line that asks for no help never reads them.
     */
    static CommandLine commandLine(Context context, String lang, Subcommands subcommands, List<String> names) {
        CommandLine cl = new CommandLine(new LiseuseCommand(context).spec);
        cl.getCommandSpec().addMixin("globals", context.globals.mixin);
        for (String name : names) cl.addSubcommand(subcommands.create(name, context));
        Specs.addStandardHelp(cl.getCommandSpec());
        return cl;
    }

    /**
     * The help texts in {@code lang}, from the help bundle. Set only when help is printed: reading the
     * bundle (and picocli's look-ups in it) was a tenth of a {@code read}'s start-up.
     */
    static CommandLine withHelpTexts(CommandLine cl, String lang) {
        return cl.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static boolean usageHelpRequested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested()) return true;
        }
        return false;
    }

    /**
     * The UI language before the command line is parsed (help texts are chosen when the model is
     * built): the value of {@code --lang} when present and valid, else the locale's.
     */
    static String language(String[] args, Context context) {
        String value = optionValue(args, "--lang");
        return "fr".equals(value) || "en".equals(value) ? value : context.defaultLang();
    }

    /**
     * The value given to an option that shapes the help itself (language, colour), read before the
     * command line is parsed; picocli still parses and validates it afterwards.
     */
    private static String optionValue(String[] args, String option) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].startsWith(option + "=")) value = args[i].substring(option.length() + 1);
            else if (args[i].equals(option) && i + 1 < args.length) value = args[i + 1];
        }
        return value;
    }
}
