package fr.liseuse.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.source.Received;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Arbitrary bytes on standard input take the real read path (sniffing, charset detection, plain
 * text or HTML, extraction) and every renderer: either a clean page in every format or a typed
 * rejection with a clean message, never an unexpected exception.
 */
class RawBytesFuzzTest {

    private final PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of()).withOffline(true)));

    @FuzzTest(maxDuration = "30m")
    void anyBytesGiveACleanPageOrARejection(byte[] body) {
        Bounded.run(() -> {
            Page page;
            try {
                page = loader.load("-", new ByteArrayInputStream(body), Received.unwatched());
            } catch (SourceException rejected) {
                CleanOutput.assertCleanLine(rejected.getMessage(), "rejection message");
                return;
            }
            EveryRenderer.assertAllClean(page, 72);
        });
    }
}
