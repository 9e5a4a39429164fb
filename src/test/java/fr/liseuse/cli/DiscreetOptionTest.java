package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --discreet[=VALUE]} and {@code LISEUSE_DISCREET}, as the program reads them (the launcher's side is in DiscreetIT). */
class DiscreetOptionTest {

    @TempDir
    Path home;

    private CliRunner runner() {
        return new CliRunner().env("LISEUSE_HOME", home.toString());
    }

    @Test
    void theOptionAloneOrWithAValueIsDiscreet() {
        for (String option : new String[] {"--discreet", "--discreet=yes", "--discreet=ON", "--discreet=1"}) {
            CliRunner.Result save = runner().run(option, "save", "demo:/");
            assertEquals(2, save.code(), option);
            assertTrue(save.err().contains("mode discret"), save.err());
        }
        assertFalse(Files.exists(home.resolve("library")));
    }

    /** The next word is never taken as the option's value: {@code 0} here is a source, not "not discreet". */
    @Test
    void aWordAfterTheOptionIsNotItsValue() {
        assertEquals(2, runner().run("--discreet", "0", "save", "demo:/").code());
        assertFalse(Files.exists(home.resolve("library")));
    }

    @Test
    void notDiscreetValuesLetTheLibraryChange() {
        assertEquals(0, runner().run("--discreet=off", "save", "demo:/").code());
        assertEquals(0, runner().env("LISEUSE_DISCREET", "no").run("save", "demo:/actualites").code());
    }

    /** Asking for discreet mode either way is enough: {@code --discreet=false} does not undo the variable. */
    @Test
    void eitherTheOptionOrTheVariableMakesItDiscreet() {
        assertEquals(2, runner().env("LISEUSE_DISCREET", "true").run("--discreet=false", "save", "demo:/").code());
        assertFalse(Files.exists(home.resolve("library")));
    }

    @Test
    void anyOtherValueIsAUsageErrorInTheUiLanguage() {
        CliRunner.Result option = runner().run("--discreet=oui", "read", "demo:/");
        assertEquals(2, option.code());
        assertEquals("", option.out());
        assertTrue(option.err().matches("liseuse: valeur invalide pour --discreet : « oui » ; discret : 1, true, yes, on ;[^\n]*\n"),
                option.err());
        CliRunner.Result variable = runner().env("LANG", "en_GB.UTF-8").env("LISEUSE_DISCREET", "\u001b[31mmaybe")
                .run("read", "demo:/");
        assertEquals(2, variable.code());
        assertEquals("", variable.out());
        assertTrue(variable.err().matches("liseuse: invalid value for LISEUSE_DISCREET: \"maybe\"; discreet: [^\n]*\n"),
                variable.err());
    }
}
