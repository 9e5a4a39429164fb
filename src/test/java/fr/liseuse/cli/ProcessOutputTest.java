package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real process, as a shell runs it: encoding under LANG=C, a reader that stops early. */
class ProcessOutputTest {

    private static ProcessBuilder liseuse(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "fr.liseuse.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        return pb;
    }

    @Test
    void printsUtf8EvenUnderTheCLocale() throws Exception {
        Process p = liseuse("read", CliRunner.fixture("collecte.html")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Les encombrants sont collectés"), out);
        assertFalse(out.contains("?"), "no accent replaced by '?': " + out);
    }

    @Test
    void aReaderThatStopsEarlyGetsNoStackTrace() throws Exception {
        Process p = liseuse("read", CliRunner.fixture("collecte.html"), CliRunner.fixture("collecte.html"),
                CliRunner.fixture("collecte.html")).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out.readLine();
        }
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertFalse(err.contains("Exception"), err);
    }
}
