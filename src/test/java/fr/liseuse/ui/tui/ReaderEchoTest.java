package fr.liseuse.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page without a title is named by its SOURCE, made clean: the file name's escapes never reach the screen. */
class ReaderEchoTest {

    @TempDir
    Path dir;

    @Test
    void anUntitledFileIsNamedByItsCleanFileName() throws IOException {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names need a UTF-8 locale");
        Path file = Files.writeString(dir.resolve("note\u001b]0;pwned\u0007\u009b2J\u202etxt.html"),
                "<p>Une note sans titre, enregistrée sur le disque, assez longue pour être lue.</p>");
        Harness h = Harness.open(file.toString());
        String expected = file.getParent() + "/notetxt.html";
        assertTrue(h.text().contains("Une note sans titre"), h.text());
        assertEquals(expected, h.row(0).strip(), "title line");
        assertTrue(h.row(22).contains(expected), "announcement: " + h.row(22));
    }
}
