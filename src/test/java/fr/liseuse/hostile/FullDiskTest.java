package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.liseuse.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving onto a full disk: a small tmpfs stands for the disk (needs root, as CI runs here). What was
 * saved before stays whole and readable, the failed save leaves nothing behind, the user gets one line.
 */
class FullDiskTest {

    @TempDir
    Path work;

    private Path disk;

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(work.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=384k", "tmpfs", disk.toString()) == 0,
                "mounting a tmpfs needs root: full-disk test SKIPPED (CI runs as root)");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", disk.toString());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(disk)) {
            return files.map(Path::toString).filter(f -> f.contains(".tmp") || f.endsWith(".part")).toList();
        }
    }

    @Test
    void aSaveThatDoesNotFitLeavesTheLibraryIntact() throws Exception {
        Path small = work.resolve("petite.html");
        Files.writeString(small, "<html><head><title>Petite page</title></head><body><article><p>"
                + "Une page courte qui tient sur le disque, avec assez de texte pour être un article. ".repeat(5)
                + "</p></article></body></html>");
        Path big = work.resolve("grande.html");
        Files.writeString(big, "<html><head><title>Grande page</title></head><body><article>"
                + ("<p>" + "Un paragraphe bien trop long pour le peu de place qui reste sur ce disque. ".repeat(40)
                + "</p>").repeat(300) + "</article></body></html>");
        CliRunner cli = new CliRunner().env("LISEUSE_HOME", disk.toString());

        CliRunner.Result first = cli.run("save", small.toString());
        assertEquals(0, first.code(), first.err());
        String id = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(cli.run("library", "list", "--format", "json").out()).get(0).get("id").asText();

        CliRunner.Result full = cli.run("save", big.toString());
        assertNotEquals(0, full.code(), "a save that cannot be written fails");
        assertTrue(full.err().startsWith("liseuse: "), full.err());
        assertEquals(1, full.err().lines().count(), full.err());
        assertTrue(leftovers().isEmpty(), "no half-written file left: " + leftovers());

        CliRunner.Result list = cli.run("library", "list", "--format", "json");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains(id) && !list.out().contains("Grande page"), list.out());
        CliRunner.Result again = cli.run("read", id);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Une page courte qui tient sur le disque"), again.out());
    }
}
