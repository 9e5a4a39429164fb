package fr.liseuse.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time generator of the man pages (AsciiDoc, one per command, French and English) from the
 * same command model and help bundles as {@code --help}; the build turns them into roff under
 * {@code target/man/}. picocli-codegen is only on the build's classpath, never called at run time.
 */
public final class ManPages {

    /** The lines where picocli writes English (manual name, section titles), each with the bundle key of its text. */
    private static final Map<String, String> ENGLISH_LINES = Map.of(
            ":manmanual: Liseuse Manual", "man.manual",
            "== Name", "man.name",
            "== Synopsis", "man.synopsis",
            "== Description", "man.description",
            "== Options", "man.options",
            "== Arguments", "man.arguments",
            "== Commands", "man.commands");

    private ManPages() { }

    /** Writes {@code <folder>/fr/*.adoc} and {@code <folder>/en/*.adoc}. */
    public static void main(String[] args) throws IOException {
        for (String lang : new String[] {"fr", "en"}) write(new File(args[0], lang), lang);
    }

    static void write(File folder, String lang) throws IOException {
        if (!folder.isDirectory() && !folder.mkdirs()) throw new IOException("cannot create " + folder);
        CommandLine model = Cli.commandLine(Context.forDocumentation(), lang);
        int code = ManPageGenerator.generateManPage(folder, null, new boolean[0], true, model.getCommandSpec());
        if (code != 0) throw new IOException("man page generation failed with code " + code);
        try (Stream<Path> pages = Files.list(folder.toPath())) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".adoc"))::iterator) {
                translate(page, model.getResourceBundle());
            }
        }
    }

    /**
     * Replaces the English lines picocli writes with the bundle's words, keeping their markup; section
     * titles taken from the help's headings ("Codes de sortie :") lose their colon, as man titles do.
     */
    private static void translate(Path page, ResourceBundle bundle) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            String key = ENGLISH_LINES.get(line);
            if (key != null) line = line.substring(0, line.indexOf(' ') + 1) + bundle.getString(key);
            else if (line.startsWith("== ")) line = line.replaceFirst("\\s*:$", "");
            out.append(line).append('\n');
        }
        Files.writeString(page, out, StandardCharsets.UTF_8);
    }
}
