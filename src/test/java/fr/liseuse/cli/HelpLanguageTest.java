package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help of every command, and the man pages, speak one language: French under {@code --lang fr},
 * English under {@code --lang en}. Three checks, each catching what the others could miss: every
 * text of the model comes from the help bundles (none is written in the code, where it would be in
 * one language only); both bundles hold the same keys; and the rendered help and man pages hold no
 * common word of the other language.
 */
class HelpLanguageTest {

    /** Words that only English sentences use (values such as on/off/no and command names left out). */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "with", "without", "for", "from",
            "this", "each", "every", "show", "print", "when", "only", "saved", "output", "words", "default",
            "command", "value", "seconds", "query", "name", "parameters", "commands", "exit", "arguments", "manual");
    /** Words that only French sentences use. */
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "avec", "sans",
            "pour", "est", "une", "un", "dans", "ou", "par", "sur", "au", "aux", "cette", "chaque", "affiche",
            "commande", "commandes", "valeur", "secondes", "quand", "langue", "nom", "mots", "paramètres",
            "manuel", "sortie");

    @Test
    void everyHelpTextComesFromTheBundles() {
        CommandLine bare = Cli.commandLine(Context.forDocumentation(), "en", new Subcommands(), new Subcommands().names());
        for (CommandSpec command : commands(bare.getCommandSpec())) {
            assertEquals(0, command.usageMessage().description().length, command.qualifiedName() + " describes itself in code");
            assertEquals(0, command.usageMessage().header().length, command.qualifiedName() + " has a header in code");
            for (ArgSpec arg : command.args()) {
                assertEquals(0, arg.description().length, command.qualifiedName() + " " + arg + " is described in code");
            }
        }
    }

    @Test
    void bothBundlesHoldTheSameKeysAndNoEmptyText() throws IOException {
        Properties fr = bundle("fr");
        Properties en = bundle("en");
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Properties bundle : List.of(fr, en)) {
            for (String key : bundle.stringPropertyNames()) assertFalse(bundle.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyCommandAndOptionIsDescribed(String lang) {
        for (CommandSpec command : commands(Cli.commandLine(Context.forDocumentation(), lang).getCommandSpec())) {
            assertTrue(command.usageMessage().description().length > 0, command.qualifiedName() + " has no description");
            for (ArgSpec arg : command.args()) {
                assertTrue(arg.description().length > 0 && !arg.description()[0].isBlank(),
                        command.qualifiedName() + " " + arg + " has no description in " + lang);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyCommandsHelpIsInOneLanguage(String lang) {
        CommandLine model = Cli.commandLine(Context.forDocumentation(), lang);
        List<List<String>> commandLines = new ArrayList<>();
        for (CommandSpec command : commands(model.getCommandSpec())) {
            List<String> args = new ArrayList<>(List.of("--lang", lang));
            String path = command.qualifiedName(" ");
            if (path.contains(" ")) args.addAll(List.of(path.substring(path.indexOf(' ') + 1).split(" ")));
            args.add("--help");
            commandLines.add(args);
        }
        assertEquals(12, commandLines.size(), "every command and library subcommand: " + commandLines);
        for (List<String> args : commandLines) {
            CliRunner.Result r = new CliRunner().run(args.toArray(String[]::new));
            assertEquals(0, r.code(), args + ": " + r.err());
            assertOneLanguage(lang, String.join(" ", args), r.out());
        }
    }

    @Test
    void summariesInTheCommandListAreWholeSentences() {
        for (String lang : List.of("fr", "en")) {
            String help = new CliRunner().run("--lang", lang, "--help").out();
            String list = help.substring(help.indexOf(lang.equals("fr") ? "Commandes :" : "Commands:"));
            list = list.substring(0, list.indexOf("\n\n"));
            for (String entry : list.split("\n  (?=\\S)")) {
                if (entry.startsWith("Comm")) continue;
                String summary = entry.replaceAll("\\s+", " ").strip();
                assertTrue(summary.endsWith("."), lang + ": a summary cut short: " + summary);
            }
            int start = help.indexOf("\n\n") + 2;
            for (String line : help.substring(start, help.indexOf("\n\n", start)).split("\n")) {
                assertTrue(line.endsWith(".") || line.length() > 60, lang + ": a line broken before its end: " + line);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void manPagesAreInOneLanguage(String lang, @TempDir Path folder) throws IOException {
        ManPages.write(folder.toFile(), lang);
        List<Path> pages;
        try (Stream<Path> listed = Files.list(folder)) {
            pages = listed.sorted().toList();
        }
        assertEquals(12, pages.size(), pages.toString());
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8).replaceAll("(?m)^//.*$", "");
            assertOneLanguage(lang, page.getFileName().toString(), text);
            assertTrue(text.lines().filter(line -> line.startsWith("==")).noneMatch(line -> line.endsWith(":")),
                    "section titles without a colon: " + page);
        }
        String main = Files.readString(folder.resolve("liseuse.adoc"), StandardCharsets.UTF_8);
        assertTrue(main.contains(lang.equals("fr") ? "== NOM" : "== NAME"), main);
    }

    private static void assertOneLanguage(String lang, String what, String text) {
        Set<String> foreign = lang.equals("fr") ? ENGLISH : FRENCH;
        Set<String> found = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (foreign.contains(word)) found.add(word);
        }
        assertTrue(found.isEmpty(), what + " (" + lang + ") has words of the other language " + found + ":\n" + text);
    }

    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.subcommands().values()) all.addAll(commands(sub.getCommandSpec()));
        return all;
    }

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HelpLanguageTest.class.getResourceAsStream("/fr/liseuse/cli/help_" + lang + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
