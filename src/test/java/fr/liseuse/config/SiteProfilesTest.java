package fr.liseuse.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.model.SiteHints;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SiteProfilesTest {

    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();

    private SiteProfiles load(Map<String, String> env) {
        return SiteProfiles.load(env, Messages.french(), warnings::add);
    }

    private void profile(String file, String json) throws IOException {
        Files.createDirectories(home.resolve("config").resolve("sites"));
        Files.writeString(home.resolve("config").resolve("sites").resolve(file), json);
    }

    @Test
    void bundledProfilesAreDemoAndMel() {
        SiteProfiles profiles = SiteProfiles.bundled();
        assertEquals(List.of("demo", "mel"), profiles.names());
        SiteProfile demo = profiles.find("demo").orElseThrow();
        assertEquals("demo:/", demo.start());
        assertEquals("demo:/recherche?q=d%C3%A9chets+verts", demo.searchUrl(" déchets verts "));
        SiteProfile mel = profiles.find("MEL").orElseThrow();
        assertEquals("https://www.lillemetropole.fr", mel.baseUrl());
        assertEquals("https://www.lillemetropole.fr/", mel.start());
        assertEquals("https://www.lillemetropole.fr/recherche?keys=eau+%26+assainissement", mel.searchUrl("eau & assainissement"));
        assertFalse(mel.userDefined());
    }

    @Test
    void aPageFindsItsSiteByAddress() {
        SiteProfiles profiles = SiteProfiles.bundled();
        assertEquals("mel", profiles.forUrl("https://www.lillemetropole.fr/votre-avis").orElseThrow().name());
        assertEquals("mel", profiles.forUrl("HTTPS://WWW.LILLEMETROPOLE.FR").orElseThrow().name());
        assertEquals("demo", profiles.forUrl("demo:/eau/facture").orElseThrow().name());
        assertEquals(Optional.empty(), profiles.forUrl("https://www.lillemetropole.fr.example.org/"));
        assertEquals(Optional.empty(), profiles.forUrl("https://example.org/"));
    }

    @Test
    void userProfilesAreAddedFromTheConfigFolder() throws IOException {
        profile("quartier.json", """
                {"title": "Mon quartier", "baseUrl": "https://quartier.example.fr/", "search": "https://quartier.example.fr/?s={query}",
                 "selectors": {"menu": "#menu", "article": ".entry-content", "results": "article.hit", "exclude": [".bandeau", ""]},
                 "later": "ignored"}""");
        SiteProfiles profiles = load(Map.of("LISEUSE_HOME", home.toString()));
        assertEquals(List.of(), warnings);
        assertEquals(List.of("demo", "mel", "quartier"), profiles.names());
        SiteProfile p = profiles.find("quartier").orElseThrow();
        assertEquals("Mon quartier", p.title());
        assertEquals("https://quartier.example.fr", p.baseUrl());
        assertEquals("https://quartier.example.fr/", p.start());
        assertEquals(new SiteHints("#menu", ".entry-content", "article.hit", List.of(".bandeau")), p.hints());
        assertTrue(p.userDefined());
    }

    @Test
    void theXdgConfigFolderIsUsedWithoutLiseuseHome() throws IOException {
        Files.createDirectories(home.resolve("liseuse/sites"));
        Files.writeString(home.resolve("liseuse/sites/asso.json"),
                "{\"name\": \"asso\", \"baseUrl\": \"https://asso.example.org\", \"search\": \"/recherche/{query}\"}");
        SiteProfiles profiles = load(Map.of("XDG_CONFIG_HOME", home.toString(), "HOME", "/nonexistent"));
        assertEquals("https://asso.example.org/recherche/vide%20grenier".replace("%20", "+"),
                profiles.find("asso").orElseThrow().searchUrl("vide grenier"));
    }

    @Test
    void aUserProfileReplacesTheBundledOneOfTheSameName() throws IOException {
        profile("mel.json", "{\"name\": \"mel\", \"baseUrl\": \"https://www.lillemetropole.fr\", \"search\": \"/search?search_api_fulltext={query}\"}");
        SiteProfile mel = load(Map.of("LISEUSE_HOME", home.toString())).find("mel").orElseThrow();
        assertEquals("https://www.lillemetropole.fr/search?search_api_fulltext=eau", mel.searchUrl("eau"));
        assertTrue(mel.userDefined());
    }

    @Test
    void eachBadFileGivesOneWarningAndTheOthersStillLoad() throws IOException {
        profile("a-casse.json", "{\"name\": \"casse\", \"baseUrl\": ");
        profile("b-sans-requete.json", "{\"baseUrl\": \"https://b.example\", \"search\": \"/recherche\"}");
        profile("c-ftp.json", "{\"baseUrl\": \"ftp://c.example\", \"search\": \"/?q={query}\"}");
        profile("d-nom.json", "{\"name\": \"Mauvais Nom\", \"baseUrl\": \"https://d.example\", \"search\": \"/?q={query}\"}");
        profile("e-tableau.json", "[1, 2]");
        profile("f-bon.json", "{\"baseUrl\": \"https://f.example\", \"search\": \"/?q={query}\"}");
        profile("notes.txt", "pas un profil");
        SiteProfiles profiles = load(Map.of("LISEUSE_HOME", home.toString()));
        assertEquals(List.of("demo", "mel", "f-bon"), profiles.names());
        assertEquals(5, warnings.size(), warnings.toString());
        for (String w : warnings) {
            assertTrue(w.startsWith("profil de site ignoré : "), w);
            assertFalse(w.contains("\n"), w);
        }
        assertTrue(warnings.get(0).contains("a-casse.json (JSON mal formé, ligne 1, colonne 30)"), warnings.get(0));
        assertTrue(warnings.get(1).endsWith("(« search » ne contient pas {query})"), warnings.get(1));
        assertTrue(warnings.get(2).endsWith("(« baseUrl » doit être une adresse http(s))"), warnings.get(2));
        assertTrue(warnings.get(3).endsWith("(« name » : lettres minuscules, chiffres ou tirets seulement)"), warnings.get(3));
        assertTrue(warnings.get(4).endsWith("e-tableau.json (pas un objet JSON)"), warnings.get(4));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeALinkToDevZeroAFolderAndAHugeFileAreEachSkippedWithOneLine() throws Exception {
        HostileFiles.all(home.resolve("config").resolve("sites"), ".json");
        profile("z-bon.json", "{\"baseUrl\": \"https://z.example\", \"search\": \"/?q={query}\"}");
        SiteProfiles profiles = load(Map.of("LISEUSE_HOME", home.toString()));
        assertEquals(List.of("demo", "mel", "z-bon"), profiles.names());
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("folder.json (un dossier, pas un fichier)"), warnings.get(0));
        assertTrue(warnings.get(1).endsWith("pipe.json (pas un fichier ordinaire (tube nommé, périphérique ou socket))"),
                warnings.get(1));
        assertTrue(warnings.get(2).endsWith("sparse.json (plus de 1 Mio)"), warnings.get(2));
        assertTrue(warnings.get(3).endsWith("zero.json (pas un fichier ordinaire (tube nommé, périphérique ou socket))"),
                warnings.get(3));
    }

    @Test
    void noConfigFolderMeansBundledProfilesOnly() {
        assertEquals(List.of("demo", "mel"), load(Map.of("LISEUSE_HOME", home.resolve("absent").toString())).names());
        assertEquals(List.of("demo", "mel"), load(Map.of()).names());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anEnvironmentVariableMovesAProfileForTests() {
        SiteProfile mel = load(Map.of("LISEUSE_SITE_MEL_BASE", "http://127.0.0.1:8123/")).find("mel").orElseThrow();
        assertEquals("http://127.0.0.1:8123", mel.baseUrl());
        assertEquals("http://127.0.0.1:8123/recherche?keys=eau", mel.searchUrl("eau"));
        assertTrue(mel.covers("http://127.0.0.1:8123/eau"));
    }

    @Test
    void configFolderPrecedence() {
        assertEquals(Optional.of(Path.of("/a/config")), ConfigFolder.of(Map.of("LISEUSE_HOME", "/a", "XDG_CONFIG_HOME", "/x", "HOME", "/h")));
        assertEquals(Optional.of(Path.of("/x/liseuse")), ConfigFolder.of(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h")));
        assertEquals(Optional.of(Path.of("/h/.config/liseuse")), ConfigFolder.of(Map.of("XDG_CONFIG_HOME", "relatif", "HOME", "/h")));
        assertEquals(Optional.empty(), ConfigFolder.of(Map.of()));
    }
}
