package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SanitizerTest {

    @Test
    void dropsOscTitleSequence() {
        assertEquals("Horaires des déchetteries", Sanitizer.inline("Horaires\u001b]0;x\u0007 des déchetteries"));
    }

    @Test
    void dropsCsiAndCarriageReturn() {
        assertEquals("ab", Sanitizer.clean("a\u001b[2J\rb"));
    }

    static Stream<Arguments> hostileCorpus() {
        return Stream.of(
                Arguments.of("OSC 0 title, BEL", "a\u001b]0;pwned\u0007b", "ab"),
                Arguments.of("OSC 0 title, ST", "a\u001b]0;pwned\u001b\\b", "ab"),
                Arguments.of("OSC 8 hyperlink", "\u001b]8;;https://evil.test\u0007clic\u001b]8;;\u0007 ici", "clic ici"),
                Arguments.of("OSC 52 clipboard write", "x\u001b]52;c;cm0gLXJmIH4K\u0007y", "xy"),
                Arguments.of("CSI cursor up hides a line", "ligne\u001b[2A cachée", "ligne cachée"),
                Arguments.of("CSI private mode alt screen", "a\u001b[?1049hb", "ab"),
                Arguments.of("CSI colour", "\u001b[31;1mrouge\u001b[0m", "rouge"),
                Arguments.of("8-bit CSI clear", "a\u009b2Jb", "ab"),
                Arguments.of("8-bit OSC with 8-bit ST", "a\u009d0;t\u009cb", "ab"),
                Arguments.of("DCS", "a\u001bP1$r0m\u001b\\b", "ab"),
                Arguments.of("SOS, PM, APC", "a\u001bXs\u001b\\b\u001b^p\u001b\\c\u001b_a\u001b\\d", "abcd"),
                Arguments.of("8-bit DCS and APC", "a\u0090q\u009cb\u009fz\u009cc", "abc"),
                Arguments.of("unterminated OSC at end", "titre\u001b]0;évil", "titre"),
                Arguments.of("unterminated CSI at end", "titre\u001b[12", "titre"),
                Arguments.of("lone ESC at end", "titre\u001b", "titre"),
                Arguments.of("two-byte escape (RIS)", "a\u001bcb", "ab"),
                Arguments.of("charset designation", "a\u001b(0b", "ab"),
                Arguments.of("ESC before a letter with accent", "a\u001béb", "aéb"),
                Arguments.of("CAN aborts a string", "a\u001b]0;x\u0018b", "ab"),
                Arguments.of("carriage-return overwrite", "rm -rf /tmp/x\rls", "rm -rf /tmp/xls"),
                Arguments.of("other C0 and DEL", "a\u0000b\u0008c\u007fd\u001ae", "abcde"),
                Arguments.of("C1 NEL and others", "a\u0085b\u0080c", "abc"),
                Arguments.of("byte-order mark", "\ufeffTitre", "Titre"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCorpus")
    void removesEscapeSequencesAndControls(String name, String hostile, String expected) {
        assertEquals(expected, Sanitizer.clean(hostile));
        assertNoControls(Sanitizer.inline(hostile));
    }

    @Test
    void unterminatedOscStopsAtEndOfLine() {
        assertEquals("a\nsuite", Sanitizer.clean("a\u001b]0;x\nsuite"));
    }

    @Test
    void escapeInsideOscStartsANewSequence() {
        assertEquals("ab", Sanitizer.clean("a\u001b]0;x\u001b[2Jb"));
    }

    @Test
    void trojanSourceBidiControlsAreRemoved() {
        String trojan = "access = \"user\u202e \u2066// admin\u2069 \u2066\"";
        String cleaned = Sanitizer.clean(trojan);
        assertEquals("access = \"user // admin \"", cleaned);
        assertEquals("abcdef", Sanitizer.clean("a\u202ab\u202bc\u202cd\u200ee\u200f\u061cf\u2067\u2068"));
    }

    @Test
    void loneSurrogatesAreRemovedButPairsKept() {
        assertEquals("ab", Sanitizer.clean("a\ud800b"));
        assertEquals("ab", Sanitizer.clean("a\udc00b"));
        assertEquals("a\ud83d\ude00b", Sanitizer.clean("a\ud83d\ude00b"));
        assertEquals("fin", Sanitizer.clean("fin\ud83d"));
    }

    @Test
    void invisibleTagCharactersAreRemoved() {
        String smuggled = "ok" + new String(Character.toChars(0xe0041)) + new String(Character.toChars(0xe0042));
        assertEquals("ok", Sanitizer.clean(smuggled));
    }

    @Test
    void decomposedAccentsAreComposed() {
        String decomposed = "De\u0301chetterie de Ville\u0300s";
        assertEquals("Déchetterie de Villès", Sanitizer.clean(decomposed));
        assertTrue(Normalizer.isNormalized(Sanitizer.inline(decomposed), Normalizer.Form.NFC));
    }

    @Test
    void cleanKeepsNewlinesAndTabsAndInlineFoldsThem() {
        assertEquals("a\n\tb", Sanitizer.clean("a\n\tb"));
        assertEquals("a b c", Sanitizer.inline("  a \n\t b\u00a0\u202fc  "));
        assertEquals("a\nb", Sanitizer.clean("a\u2028b"));
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", Sanitizer.clean(null));
        assertEquals("", Sanitizer.inline(null));
    }

    @Test
    void everyCodePointComesOutClean() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp < 0x3000; cp++) all.appendCodePoint(cp);
        assertNoControls(Sanitizer.inline(all.toString()));
        String multi = Sanitizer.clean(all.toString());
        assertNoControls(multi.replace("\n", "").replace("\t", ""));
    }

    @Test
    void staysLinearOnHostileInput() {
        String manyEscapes = "\u001b[".repeat(400_000) + "\u001b]".repeat(400_000);
        String longCsi = "\u001b[" + "1;".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals("", Sanitizer.clean(manyEscapes));
            assertEquals("", Sanitizer.clean(longCsi));
            assertFalse(Sanitizer.inline("é ".repeat(1_000_000)).isEmpty());
        });
    }

    private static void assertNoControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || (c >= 0x7f && c <= 0x9f) || Sanitizer.isBidiControl(c)
                    || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))));
            assertFalse(bad, () -> "control left at " + s.indexOf(c) + ": U+" + Integer.toHexString(c));
        }
    }
}
