package fr.liseuse.ui.line;

import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.Settings;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.Session;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Whole line-mode sessions on real components, offline and discreet (no library is needed or made). */
final class LineSessions {

    private LineSessions() { }

    /**
     * What line mode shows when the lines of INPUT are typed, starting on SOURCE, for output that is
     * not a terminal. Without {@code q} at its end, every command runs before the session ends; a
     * {@code q} is answered at once, even before commands waiting for a slow page load.
     */
    static String run(Messages messages, String input, String source) {
        PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of())));
        Session session = new Session(loader, InputStream.nullInputStream());
        Librarian librarian = new Librarian(loader, new Library(
                Settings.from(Map.of("LISEUSE_HOME", "/nonexistent/liseuse-line-test"), true), LibraryEvents.SILENT));
        Finder finder = new Finder(librarian, new SiteSearches(new Sources(SourceOptions.defaults(Map.of())),
                SiteProfiles.bundled()), SiteProfiles.bundled(), true);
        StringWriter out = new StringWriter();
        new LineMode(session, finder, messages, new BufferedReader(new StringReader(input)), new PrintWriter(out))
                .run(source);
        return out.toString();
    }
}
