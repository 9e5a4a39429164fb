package fr.liseuse.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.app.PageLoader;
import fr.liseuse.model.Page;
import fr.liseuse.source.SourceException;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
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
}
