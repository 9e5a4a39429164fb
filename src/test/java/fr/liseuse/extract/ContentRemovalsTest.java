package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentRemovalsTest {

    @Test
    void putsTheDocumentBackAsItWasAfterTheExtractionRemovedParts() {
        String html = "<main><nav><a href='/'>Accueil</a></nav><div class='partage'><a href='/f'>Facebook</a></div>"
                + "<p>Premier paragraphe, assez long pour compter comme de la prose dans la page.</p>"
                + "<aside><p>Encadré</p></aside><p>Second <b>paragraphe</b>.</p></main>";
        Document doc = Jsoup.parse(html);
        String before = doc.body().outerHtml();
        ContentRemovals log = new ContentRemovals();
        Element body = doc.body();
        BoilerplateFilter.clean(body, ContentStats.of(body), true, log);
        ContentCleaner.clean(body, ContentStats.of(body).get(body), true, log);
        assertNotEquals(before, doc.body().outerHtml());
        log.restore();
        assertEquals(before, doc.body().outerHtml());
    }
}
