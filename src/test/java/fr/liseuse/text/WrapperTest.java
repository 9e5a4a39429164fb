package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapperTest {

    @Test
    void breaksBetweenWordsAtTheWidth() {
        assertEquals(List.of("Les déchetteries", "ferment à 18 h", "le dimanche."),
                Wrapper.wrap("Les déchetteries ferment à 18 h le dimanche.", 16));
    }

    @Test
    void aWordThatFitsExactlyStaysOnTheLine() {
        assertEquals(List.of("abc def", "gh"), Wrapper.wrap("abc def gh", 7));
    }

    @Test
    void countsAccentsAsOneColumnEvenWhenDecomposed() {
        String decomposed = "e\u0301te\u0301 e\u0301te\u0301"; // "été été" with combining accents
        assertEquals(List.of(decomposed), Wrapper.wrap(decomposed, 7));
    }

    @Test
    void countsChineseCharactersAsTwoColumns() {
        // 4 ideographs = 8 columns: does not fit in 7, so the second word goes down
        assertEquals(List.of("北京欢迎", "你"), Wrapper.wrap("北京欢迎 你", 8));
        assertEquals(List.of("北京欢", "迎"), Wrapper.wrap("北京欢迎", 7));
    }

    @Test
    void splitsOnlyAWordLongerThanTheLine() {
        assertEquals(List.of("voir", "https://exa", "mple.fr/a", "ok"),
                Wrapper.wrap("voir https://example.fr/a ok", 11));
    }

    @Test
    void forAScreenReaderAWordLongerThanTheLineStaysWholeOnItsOwnLine() {
        assertEquals(List.of("voir", "https://example.fr/a", "ok"),
                Wrapper.wrapWholeWords("voir https://example.fr/a ok", 11));
        assertEquals(Wrapper.wrap("Appelez le 03 53 01 20 30 du lundi au vendredi.", 20),
                Wrapper.wrapWholeWords("Appelez le 03 53 01 20 30 du lundi au vendredi.", 20));
    }

    @Test
    void neverSplitsACombiningMarkFromItsLetter() {
        List<String> lines = Wrapper.wrap("abe\u0301cd", 3);
        assertEquals(List.of("abe\u0301", "cd"), lines);
    }

    @Test
    void keepsNoBreakSpacesInsideTheWord() {
        // French typography: a no-break space before ':' keeps the colon with its word
        assertEquals(List.of("Horaires", "d'ouverture\u202f:", "9 h"),
                Wrapper.wrap("Horaires d'ouverture\u202f: 9 h", 13));
    }

    @Test
    void keepsTheParagraphsOwnLineBreaks() {
        assertEquals(List.of("Mairie", "1 rue de la Paix"), Wrapper.wrap("Mairie\n1 rue de la Paix", 40));
    }

    @Test
    void widthZeroMeansNoWrapping() {
        String longLine = "un ".repeat(60).strip();
        assertEquals(List.of(longLine), Wrapper.wrap(longLine + "  ", 0));
    }

    @Test
    void leavesNoTrailingSpaces() {
        for (String line : Wrapper.wrap("a   b    c  \n  d   ", 3)) {
            assertEquals(line.stripTrailing(), line);
            assertTrue(DisplayWidth.of(line) <= 3);
        }
    }

    @Test
    void emptyParagraphHasNoLines() {
        assertEquals(List.of(), Wrapper.wrap("", 20));
        assertEquals(List.of(), Wrapper.wrap(null, 20));
    }

    @Test
    void displayWidthOfMixedText() {
        assertEquals(5, DisplayWidth.of("Lille"));
        assertEquals(4, DisplayWidth.of("日本"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(0, DisplayWidth.of("\u200b"));
    }

    @Test
    void neverBreaksAPhoneNumberOrAGroupedFigure() {
        List<String> lines = Wrapper.wrap("Pour prendre rendez-vous, appelez le 03 53 01 20 30 du lundi au vendredi.", 40);
        assertTrue(lines.stream().anyMatch(l -> l.contains("03 53 01 20 30")), lines.toString());
        assertTrue(Wrapper.wrap("La métropole compte 1 200 000 habitants.", 25).stream()
                .anyMatch(l -> l.contains("1 200 000")));
    }

    @Test
    void keepsFrenchPunctuationWithItsWord() {
        for (int width = 16; width < 40; width++) {
            for (String line : Wrapper.wrap("Attention : les « encombrants » ne sont pas collectés ; appelez !", width)) {
                assertFalse(line.startsWith(":") || line.startsWith(";") || line.startsWith("!")
                        || line.startsWith("»") || line.endsWith("«"), width + ": " + line);
            }
        }
    }
}
