package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reviewed file under {@code src/test/resources/golden/}. A missing file is
 * never created in place: the output is written under {@code target/golden-new/} for review and
 * the test fails.
 */
final class Golden {

    private Golden() { }

    static void assertMatches(String name, CharSequence actual) throws IOException {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                Path draft = Path.of("target", "golden-new", name);
                Files.createDirectories(draft.getParent());
                Files.writeString(draft, actual, StandardCharsets.UTF_8);
                fail("no golden file " + name + "; review " + draft + " and copy it to src/test/resources/golden/");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual.toString(), name);
        }
    }
}
