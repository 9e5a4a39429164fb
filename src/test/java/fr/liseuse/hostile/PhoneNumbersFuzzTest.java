package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.liseuse.text.PhoneMatch;
import fr.liseuse.text.PhoneNumbers;
import java.util.List;
import java.util.Optional;

/** The phone-number reader never throws, and what it returns is always a dialable French number. */
class PhoneNumbersFuzzTest {

    private static final String[] PIECES = {
        "03 20 47 45 15", "03.20.47.45.15", "0320474515", "+33 3 20 47 45 15", "+33 (0)3 20 47 45 15", "0033",
        "3919", "le 17", "112", "116 006", "appelez le ", "tél. : ", "tel:", "%20", "%2B", "(0)", "+", "0", "1",
        " ", ".", "-", "/", "\u00a0", "\u202f", "\u001b[2J", "\u202e", "٣", "０", "🙂", "\ud800",
    };

    @FuzzTest(maxDuration = "30m")
    void findsAndParsesOnlyWellFormedNumbers(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int pieces = data.consumeInt(0, 40);
        for (int i = 0; i < pieces; i++) {
            text.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(12));
        }
        String written = text.toString();
        Bounded.run(() -> {
            List<PhoneMatch> found = PhoneNumbers.find(written);
            int previousEnd = 0;
            for (PhoneMatch match : found) {
                assertTrue(match.start() >= previousEnd && match.end() <= written.length()
                        && match.start() < match.end(), "matches are in order, inside the text: " + match);
                previousEnd = match.end();
                assertWellFormed(match);
            }
            Optional<PhoneMatch> parsed = PhoneNumbers.parse(written);
            parsed.ifPresent(PhoneNumbersFuzzTest::assertWellFormed);
        });
    }

    private static void assertWellFormed(PhoneMatch match) {
        assertTrue(match.number().matches("[0-9]{2,10}"), "digits only: " + match);
        assertEquals(match.number(), match.display().replace(" ", ""), "display groups the same digits");
        assertTrue(match.tel().matches("tel:\\+?[0-9]+"), "dialable: " + match);
        if (match.international() != null) {
            assertTrue(match.international().matches("\\+33[1-9][0-9]{8}"), "E.164: " + match);
        }
        CleanOutput.assertCleanLine(match.display(), "display");
    }
}
