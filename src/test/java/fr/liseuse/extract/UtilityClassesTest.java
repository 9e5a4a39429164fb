package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Layout utility classes ("margin-bottom", "text-right") are blanked out of an element's class
 * names before its words are read, by a hand-written scan that replaced a regular expression for
 * speed: it must blank exactly what the expression did, or the article text of pages would change.
 */
class UtilityClassesTest {

    /** The expression the scan replaced. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)(?<=^|\\s)(?:margin|padding|border|align|valign|float|text|spacing)[-_]\\S*");

    @Test
    void blanksTheUtilityClassesAndKeepsTheOthers() {
        assertEquals("row     article", BoilerplateVocabulary.withoutUtilityClasses("row margin-bottom TEXT_right article"));
        assertEquals("textual    ", BoilerplateVocabulary.withoutUtilityClasses("textual text- valign-top"));
        assertEquals("post-text aligned", BoilerplateVocabulary.withoutUtilityClasses("post-text aligned"));
    }

    @Test
    void blanksWhatTheRegularExpressionBlanked() {
        String[] parts = {"margin", "Padding", "BORDER", "align", "valign", "float", "text", "spacing", "ſpacing",
            "marg", "post", "-", "_", "x", "é", " ", "\t", "\u00a0", "\n", "1"};
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder names = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) names.append(parts[random.nextInt(parts.length)]);
            String given = names.toString();
            assertEquals(BEFORE.matcher(given).replaceAll(" "), BoilerplateVocabulary.withoutUtilityClasses(given), given);
        }
    }
}
