package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.liseuse.text.Sanitizer;
import java.text.Normalizer;

/** Whatever a page sends, the one gate lets nothing through that could act on a terminal. */
class SanitizerFuzzTest {

    @FuzzTest(maxDuration = "30m")
    void sanitizedTextIsInertAndStable(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        Bounded.run(() -> {
            String clean = Sanitizer.clean(input);
            String line = Sanitizer.inline(input);
            CleanOutput.assertCleanText(clean, "clean");
            CleanOutput.assertCleanLine(line, "inline");
            assertEquals(line, line.strip(), "inline text is trimmed");
            assertEquals(-1, line.indexOf("  "), "inline text has single spaces");
            assertEquals(Normalizer.normalize(clean, Normalizer.Form.NFC), clean, "NFC");
            assertEquals(clean, Sanitizer.clean(clean), "cleaning twice changes nothing");
            assertEquals(line, Sanitizer.inline(line), "inline twice changes nothing");
        });
    }
}
