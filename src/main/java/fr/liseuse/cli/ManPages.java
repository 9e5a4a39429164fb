package fr.liseuse.cli;

import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time generator of the man pages (AsciiDoc, one per command, French and English) from the
 * same command model and help bundles as {@code --help}; the build turns them into roff under
 * {@code target/man/}. picocli-codegen is only on the build's classpath, never called at run time.
 */
public final class ManPages {

    private ManPages() { }

    /** Writes {@code <folder>/fr/*.adoc} and {@code <folder>/en/*.adoc}. */
    public static void main(String[] args) throws IOException {
        for (String lang : new String[] {"fr", "en"}) {
            File folder = new File(args[0], lang);
            if (!folder.isDirectory() && !folder.mkdirs()) throw new IOException("cannot create " + folder);
            int code = ManPageGenerator.generateManPage(folder, null, new boolean[0], true,
                    Cli.commandLine(Context.forDocumentation(), lang).getCommandSpec());
            if (code != 0) throw new IOException("man page generation failed with code " + code);
        }
    }
}
