package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Usage errors say what was probably meant, list the values accepted and name the command's own help. */
class UsageErrorsTest {

    private static CliRunner.Result run(String... args) {
        CliRunner.Result r = new CliRunner().run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        return r;
    }

    @Test
    void aMistypedCommandIsNamedWithTheOneMeant() {
        assertEquals("liseuse: commande inconnue : red ; vouliez-vous dire read ? (voir liseuse read --help)\n",
                run("red", "page.html").err());
        assertEquals("liseuse: unknown command: red; did you mean read? (see liseuse read --help)\n",
                run("--lang", "en", "red", "page.html").err());
        assertEquals("liseuse: commande inconnue : librray ; vouliez-vous dire library ? (voir liseuse library --help)\n",
                run("librray", "list", "--format", "json").err());
    }

    @Test
    void aWordFarFromEveryCommandOrAFileNameIsNotTakenForOne() {
        assertEquals("liseuse: option ou argument inconnu : page.html (voir liseuse --help)\n",
                run("zorglub", "page.html").err());
        assertFalse(run("./red", "page.html").err().contains("read"));
    }

    @Test
    void aMistypedOptionOrSubcommandIsNamedWithTheOneMeant() {
        assertEquals("liseuse: option ou argument inconnu : --fromat ; vouliez-vous dire --format ? (voir liseuse read --help)\n",
                run("read", "--fromat", "json", "demo:/").err());
        assertEquals("liseuse: unknown option or argument: --widht=20; did you mean --width? (see liseuse read --help)\n",
                run("--lang", "en", "read", "--widht=20", "demo:/").err());
        assertEquals("liseuse: option ou argument inconnu : lisst ; vouliez-vous dire list ? (voir liseuse library --help)\n",
                run("library", "lisst").err());
    }

    @Test
    void anOptionOfAFixedSetListsItsValues() {
        assertEquals("liseuse: valeur invalide pour --format : « xml » ; valeurs possibles : text, markdown, json"
                + " (voir liseuse read --help)\n", run("read", "demo:/", "--format", "xml").err());
        assertEquals("liseuse: invalid value for --format: \"yaml\"; valid values: text, json (see liseuse links --help)\n",
                run("--lang", "en", "links", "demo:/", "--format", "yaml").err());
        assertEquals("liseuse: valeur invalide pour --color : « parfois » ; valeurs possibles : auto, always, never"
                + " (voir liseuse --help)\n", run("--color", "parfois", "demo:/").err());
    }

    @Test
    void aMissingParameterIsNamedInTheUiLanguage() {
        assertEquals("liseuse: paramètre manquant : MOTS (voir liseuse search --help)\n", run("search").err());
        assertEquals("liseuse: missing parameter: QUERY (see liseuse search --help)\n", run("--lang", "en", "search").err());
    }
}
