package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page just under the 10 MiB input cap is read whole through the launcher, with the heap settings
 * users get from it (young generation, heap cap): a page under the cap that could not be read would
 * be a lost page. Peak memory itself is measured by bench/memory.sh, not here.
 */
class LargePageIT {

    private static final long INPUT_CAP = 10L * 1024 * 1024;
    private static final String LAST_WORDS = "Dernier paragraphe de l'article, après tous les autres.";

    @TempDir
    Path work;

    @Test
    void readsAnArticleJustUnderTheInputCapInEveryPart() throws Exception {
        Path page = Files.writeString(work.resolve("grand-article.html"), article(INPUT_CAP - 8 * 1024),
                StandardCharsets.UTF_8);
        assertTrue(Files.size(page) <= INPUT_CAP && Files.size(page) > INPUT_CAP - 64 * 1024, "size " + Files.size(page));
        LauncherCopy launcher = new LauncherCopy(work.resolve("launcher"));
        // No start-up cache to train (time), and time enough for a loaded machine: memory is what is tried.
        LauncherCopy.Run run = launcher.run(Map.of("LISEUSE_NO_CACHE", "1", "LISEUSE_TIME_BUDGET", "600"),
                "read", page.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(1, run.out().lines().count(), "one JSON line");
        assertTrue(run.out().contains("\"title\":\"Un très grand article\""), "the title");
        assertTrue(run.out().contains(LAST_WORDS), "the text to its end");
        assertTrue(run.out().contains("\"url\":\"https://exemple.test/dossier/last\""), "the links to the last");
    }

    /** A French article of about BYTES bytes in UTF-8: paragraphs with a link each, a heading now and then. */
    private static String article(long bytes) {
        StringBuilder html = new StringBuilder((int) bytes + 4096);
        html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Un très grand article</title>")
                .append("</head><body><nav><a href=\"/\">Accueil</a> <a href=\"/actualites\">Actualités</a></nav>")
                .append("<main><article><h1>Un très grand article</h1>");
        String[] words = ("métropole habitants collecte déchets logement transport tramway école quartier mairie "
                + "service public aide famille enfants écoute association numéro gratuit anonyme semaine horaires "
                + "été hiver projet budget conseil élus réunion démarche accueil sécurité santé hôpital").split(" ");
        String ending = "<p>" + LAST_WORDS + " <a href=\"https://exemple.test/dossier/last\">Le dossier</a>.</p>"
                + "</article></main><footer><p>Pied de page</p></footer></body></html>";
        long size = utf8Length(html) + utf8Length(ending);
        for (int n = 0; ; n++) {
            StringBuilder paragraph = new StringBuilder();
            if (n % 40 == 0) paragraph.append("<h2>Partie ").append(n / 40 + 1).append("</h2>");
            paragraph.append("<p>");
            for (int w = 0; w < 60; w++) paragraph.append(w == 0 ? "" : " ").append(words[(n * 7 + w * 13) % words.length]);
            paragraph.append(". Voir <a href=\"https://exemple.test/dossier/").append(n).append("\">le dossier ").append(n)
                    .append("</a>.</p>\n");
            size += utf8Length(paragraph);
            if (size > bytes) break;
            html.append(paragraph);
        }
        return html.append(ending).toString();
    }

    /** UTF-8 length of TEXT, whose only characters beyond ASCII are two-byte Latin ones. */
    private static long utf8Length(CharSequence text) {
        long length = text.length();
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) > 0x7f) length++;
        return length;
    }
}
