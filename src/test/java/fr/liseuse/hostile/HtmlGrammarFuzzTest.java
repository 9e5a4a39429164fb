package fr.liseuse.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.liseuse.extract.Extractor;
import fr.liseuse.model.Page;

/**
 * Hostile HTML built from a grammar (nesting, attributes, references, escapes, bidi, CJK, deep
 * runs) goes through extraction and every renderer: nothing throws, every output is clean.
 */
class HtmlGrammarFuzzTest {

    @FuzzTest(maxDuration = "30m")
    void everyOutputOfAHostilePageIsClean(FuzzedDataProvider data) {
        int width = data.consumeInt(0, 120);
        boolean saved = data.consumeBoolean();
        String html = HtmlGrammar.document(data);
        Bounded.run(() -> {
            Page page = new Extractor().extract(html, "page.html",
                    saved ? "file:///tmp/page.html" : "https://www.lisiere.test/actualites/page");
            EveryRenderer.assertAllClean(page, width);
        });
    }
}
