package fr.liseuse.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the command line and runs it; returns the exit code. */
public final class Cli {

    private Cli() { }

    public static int run(String[] args) {
        // UTF-8 whatever the locale: under LANG=C the JVM would print '?' for every accent.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return run(args, Context.ofProcess(), out, err);
    }

    static int run(String[] args, Context context, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(context);
        cl.setOut(out);
        cl.setErr(err);
        boolean plain = !context.stdoutIsTerminal || Tty.dumb(context.env) || nonEmpty(context.env.get("NO_COLOR"))
                || "0".equals(context.env.get("CLICOLOR"));
        if (plain) cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((failure, arguments) -> {
            err.println("liseuse: " + fr.liseuse.text.Sanitizer.inline(failure.getMessage())
                    + " (liseuse --help)");
            err.flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((failure, command, parsed) -> {
            Errors.report(failure, context, err);
            return ExitCodes.of(failure);
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(Context context) {
        CommandLine cl = new CommandLine(new LiseuseCommand(context));
        cl.getCommandSpec().addMixin("globals", CommandSpec.forAnnotatedObject(context.globals));
        cl.addSubcommand(new ReadCommand(context));
        cl.addSubcommand(new MenuCommand(context));
        cl.addSubcommand(new LinksCommand(context));
        cl.addSubcommand(new ContactsCommand(context));
        cl.addSubcommand(new SearchCommand(context));
        cl.addSubcommand(new SaveCommand(context));
        cl.addSubcommand(LibraryCommand.commandLine(context));
        cl.addSubcommand(new CompletionCommand());
        describe(cl);
        return cl;
    }

    /** Standard help options and the exit-code list on every command. */
    private static void describe(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        spec.mixinStandardHelpOptions(true);
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.helpList());
        for (CommandLine sub : cl.getSubcommands().values()) describe(sub);
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
