package fr.liseuse.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.LoopbackServer;
import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Back and forward through the pages of a session. */
class SessionTest {

    private final Session session = new Session(new PageLoader(new Sources(SourceOptions.defaults(Map.of()))),
            InputStream.nullInputStream());

    private static String title(Optional<Page> page) {
        return page.map(Page::title).orElse("(none)");
    }

    @Test
    void backThenForwardReturnsToTheSamePageAndOpeningForgetsForward() throws SourceException {
        session.open("demo:/");
        session.open("demo:/eau/facture");
        assertEquals("Accueil", title(session.back()));
        assertEquals("Eau potable : facture et qualité", title(session.forward()));
        assertTrue(session.forward().isEmpty());
        session.back();
        session.open("demo:/demarches");
        assertTrue(session.forward().isEmpty(), "a new page drops the forward history");
        assertEquals("Accueil", title(session.back()));
        assertTrue(session.back().isEmpty());
    }

    @Test
    void fetchLeavesTheSessionAsItWas() throws SourceException {
        session.open("demo:/");
        Page fetched = session.fetch("demo:/eau/facture");
        assertEquals("Eau potable : facture et qualité", fetched.title());
        assertEquals("Accueil", title(session.current()));
        assertTrue(session.back().isEmpty());
    }

    @Test
    void aPrefetchedPageIsLoadedOnceAndServedToTheNextFetchOfItOnly() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (LoopbackServer server = new LoopbackServer(exchange -> {
            int n = requests.incrementAndGet();
            boolean missing = exchange.getRequestURI().getPath().equals("/absente");
            byte[] body = ("<html><head><title>Visite " + n + "</title></head><body><p>Texte.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(missing ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        })) {
            String page = server.base() + "/page";
            session.prefetch(page);
            assertEquals("Visite 1", session.fetch(page).title());
            assertEquals(1, requests.get(), "the fetch waited for the prefetch instead of loading again");
            assertEquals("Visite 2", session.fetch(page).title(), "a prefetch serves one fetch");

            session.prefetch(page);
            assertEquals("Accueil", session.fetch("demo:/").title());
            for (int i = 0; i < 500 && requests.get() < 3; i++) Thread.sleep(10);   // the dropped prefetch's request
            assertEquals("Visite 4", session.fetch(page).title(), "another fetch drops the prefetched page");

            String missing = server.base() + "/absente";
            session.prefetch(missing);
            SourceException failure = assertThrows(SourceException.class, () -> session.fetch(missing));
            assertEquals(SourceException.Kind.NOT_FOUND, failure.kind());
            assertEquals(5, requests.get());
        }
    }
}
