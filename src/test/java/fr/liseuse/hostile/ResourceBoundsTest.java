package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enormous and absurdly nested inputs through the real command line, in a JVM with the default heap
 * and stack: each gives a result or exit 65 with one line, never an overflow, an OOM or a hang.
 */
class ResourceBoundsTest {

    private static final int DEPTH = 100_000;

    @TempDir
    Path dir;

    private Path page(String name, String head, String open, String middle, String close, String tail)
            throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html><html><head><title>Profond</title></head><body>");
            out.write(head);
            for (int i = 0; i < DEPTH; i++) out.write(open);
            out.write(middle);
            for (int i = 0; i < DEPTH; i++) out.write(close);
            out.write(tail);
        }
        return file;
    }

    /** Read, or refused with the one line of a rejected input; nothing else is acceptable. */
    private static Liseuse.Result assertReadOrRejected(Liseuse.Result r) {
        if (r.code() != 0) r.assertOneErrorLine(65);
        else assertEquals("", r.err(), r::toString);
        assertFalse(r.err().contains("StackOverflow") || r.err().contains("OutOfMemory"), r::toString);
        return r;
    }

    @Test
    void hundredThousandNestedBlocksAreReadInEveryFormat() throws IOException {
        Path divs = page("divs.html", "", "<div>", "<p>Au fond : appelez le 03 20 47 45 15.</p>", "</div>", "");
        Liseuse.Result text = assertReadOrRejected(new Liseuse().run("read", divs.toString()));
        if (text.code() == 0) assertTrue(text.out().contains("03 20 47 45 15"), text::toString);
        Liseuse.Result json = assertReadOrRejected(new Liseuse().run("read", "--format", "json", divs.toString()));
        if (json.code() == 0) CleanOutput.assertCleanJson(json.out(), "json");
    }

    @Test
    void hundredThousandNestedListsAndQuotesNeverClosed() throws IOException {
        Path lists = page("listes.html", "<article><h1>Listes</h1>", "<ul><li>", "fond", "", "");
        assertReadOrRejected(new Liseuse().run("read", lists.toString()));
        Path quotes = page("citations.html", "<main>", "<blockquote><table><tr><td>", "<p>Citation</p>", "", "");
        assertReadOrRejected(new Liseuse().run("links", quotes.toString()));
    }

    @Test
    void aHundredThousandLevelMenuIsCutToAReadableTree() throws IOException {
        Path menu = page("menu.html", "<nav class=\"menu\">", "<ul><li><a href=\"/r\">Rubrique</a>", "",
                "</li></ul>", "</nav><article><p>Texte.</p></article></body></html>");
        Liseuse.Result text = assertReadOrRejected(new Liseuse().run("menu", menu.toString()));
        if (text.code() == 0) assertTrue(text.out().lines().count() < 1000, "a tree a person can read");
        Liseuse.Result late = new Liseuse().env("LISEUSE_TIME_BUDGET", "1").run("menu", "--format", "json",
                menu.toString());
        late.assertOneErrorLine(65);
        assertTrue(late.err().contains("1 s"), "the message names the budget: " + late);
    }

    private Path bigPage(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        byte[] paragraph = ("<p>Les encombrants sont collectés sur rendez-vous, du lundi au vendredi, "
                + "dans toute la métropole.</p>\n").repeat(64).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<!DOCTYPE html><html><head><title>Énorme</title></head><body><article>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < bytes; written += paragraph.length) out.write(paragraph);
        }
        return file;
    }

    @Test
    void thirtyAndTwoHundredMegabytesAreRefusedAtTheDefaultCap() throws IOException {
        Path thirty = bigPage("trente.html", 30L << 20);
        new Liseuse().run("read", thirty.toString()).assertOneErrorLine(65);
        Path twoHundred = bigPage("deux-cents.html", 200L << 20);
        Liseuse.Result file = new Liseuse().run("read", "--format", "json", twoHundred.toString()).assertOneErrorLine(65);
        assertTrue(file.err().contains("10 Mio"), file::toString);
        new Liseuse().stdin(twoHundred).run("read", "-").assertOneErrorLine(65);
        Files.delete(twoHundred);
        Files.delete(thirty);
    }

    @Test
    void thirtyMegabytesUnderARaisedCapGiveAPageOrARejectionWithinTheBudget() throws IOException {
        Path thirty = bigPage("trente.html", 30L << 20);
        Liseuse.Result r = assertReadOrRejected(new Liseuse().env("LISEUSE_MAX_BYTES", "64M")
                .env("LISEUSE_TIME_BUDGET", "20").run("read", "--format", "json", thirty.toString()));
        if (r.code() == 0) assertTrue(r.out().contains("collectés sur rendez-vous"), r::toString);
        Files.delete(thirty);
    }

    @Test
    void theCapFollowsTheEnvironmentAndATypoKeepsTheDefault() throws IOException {
        Path small = bigPage("petite.html", 200_000);
        new Liseuse().env("LISEUSE_MAX_BYTES", "100K").run("read", small.toString()).assertOneErrorLine(65);
        assertEquals(0, new Liseuse().env("LISEUSE_MAX_BYTES", "1M").run("read", small.toString()).code());
        assertEquals(0, new Liseuse().env("LISEUSE_MAX_BYTES", "beaucoup").run("read", small.toString()).code());
        Path eleven = bigPage("onze.html", 11L << 20);
        new Liseuse().env("LISEUSE_MAX_BYTES", "illimité").run("read", eleven.toString()).assertOneErrorLine(65);
    }
}
