package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./install} as a user runs it (CONTRACT §1): the installed command works from any folder,
 * man pages and completion land in their usual folders, and {@code --uninstall} removes exactly what
 * was installed, leaving the user's own files in the same folders alone.
 */
class InstallIT {

    @TempDir
    Path work;

    private Path checkout;
    private Path prefix;

    /** A checkout holding what the build made, so the install copies it without building again. */
    @BeforeEach
    void copyBuiltCheckout() throws IOException {
        checkout = work.resolve("checkout");
        Files.createDirectories(checkout.resolve("target"));
        for (String file : List.of("install", "liseuse", "completion/liseuse.bash", "completion/_liseuse")) {
            Files.createDirectories(checkout.resolve(file).getParent());
            Files.copy(Path.of(file), checkout.resolve(file));
        }
        Files.copy(Path.of("target/liseuse.jar"), checkout.resolve("target/liseuse.jar"));
        for (String lang : List.of("fr", "en")) {
            Path pages = Files.createDirectories(checkout.resolve("target/man").resolve(lang));
            try (Stream<Path> built = Files.list(Path.of("target/man", lang))) {
                for (Path page : built.toList()) Files.copy(page, pages.resolve(page.getFileName()));
            }
        }
        prefix = work.resolve("prefix");
    }

    private record Run(int code, String out, String err) { }

    private Run run(Path folder, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
        pb.environment().putAll(Map.of("LISEUSE_HOME", work.resolve("home").toString(), "LISEUSE_NO_CACHE", "1"));
        pb.environment().remove("LISEUSE_DISCREET");
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Set<String> filesUnder(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.forEach(p -> names.add(folder.relativize(p).toString()));
        }
        return names;
    }

    @Test
    void installsACommandThatRunsFromAnyFolderThenUninstallsExactlyIt() throws Exception {
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/mine"), "the user's own script");
        Set<String> before = filesUnder(prefix);

        Run install = run(checkout, List.of("sh", "install", "--prefix", prefix.toString()));
        assertEquals(0, install.code(), install.err());

        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Run read = run(elsewhere, List.of(prefix.resolve("bin/liseuse").toString(), "read", "demo:/dechets/horaires"));
        assertEquals(0, read.code(), read.err());
        assertTrue(read.out().contains("Collecte des déchets"), read.out());

        for (String page : List.of("share/man/man1/liseuse.1", "share/man/fr/man1/liseuse.1", "share/man/man1/liseuse-read.1")) {
            assertTrue(Files.readString(prefix.resolve(page), StandardCharsets.UTF_8).startsWith("'\\\" t"), page + " is roff");
        }
        assertTrue(Files.readString(prefix.resolve("share/bash-completion/completions/liseuse")).contains("complete"));
        assertTrue(Files.isRegularFile(prefix.resolve("share/zsh/site-functions/_liseuse")));

        Run uninstall = run(work, List.of("sh", checkout.resolve("install").toString(), "--prefix", prefix.toString(), "--uninstall"));
        assertEquals(0, uninstall.code(), uninstall.err());
        assertEquals(before, filesUnder(prefix), "only what the install added is gone");
        assertEquals("the user's own script", Files.readString(prefix.resolve("bin/mine")));
    }

    @Test
    void refusesUnknownArgumentsAndAnUninstallWithNothingInstalled() throws Exception {
        Run unknown = run(checkout, List.of("sh", "install", "--prefx", prefix.toString()));
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("install: unknown argument: --prefx"), unknown.err());

        Run nothing = run(checkout, List.of("sh", "install", "--prefix", prefix.toString(), "--uninstall"));
        assertEquals(1, nothing.code());
        assertFalse(Files.exists(prefix), "an uninstall of nothing creates nothing");
    }
}
