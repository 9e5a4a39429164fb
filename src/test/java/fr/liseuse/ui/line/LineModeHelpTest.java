package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.config.Settings;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.KeyTable;
import fr.liseuse.ui.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Line mode's help comes from the key table and lists only what can be typed in line mode. */
class LineModeHelpTest {

    @Test
    void helpListsEveryLineCommandOfTheTableAndNoFullScreenKey() throws IOException {
        PageLoader loader = new PageLoader(new Sources(SourceOptions.defaults(Map.of())));
        Session session = new Session(loader, InputStream.nullInputStream());
        // discreet: the help must not need, nor create, a library
        Librarian librarian = new Librarian(loader, new Library(
                Settings.from(Map.of("LISEUSE_HOME", "/nonexistent/liseuse-help-test"), true), LibraryEvents.SILENT));
        StringWriter out = new StringWriter();
        Messages fr = Messages.french();
        Finder finder = new Finder(librarian, new SiteSearches(new Sources(SourceOptions.defaults(Map.of())),
                SiteProfiles.bundled()), SiteProfiles.bundled(), true);
        new LineMode(session, finder, fr, new BufferedReader(new StringReader("aide\nq\n")), new PrintWriter(out))
                .run("demo:/");
        String text = out.toString();
        for (Binding b : KeyTable.defaults().bindings()) {
            String line = String.join(", ", b.lineWords()) + " : " + fr.get(b.helpKey());
            assertTrue(b.lineWords().isEmpty() != text.contains(line), b.action() + " in:\n" + text);
        }
        assertTrue(text.lines().noneMatch(l -> l.startsWith(" : ")), text);
    }
}
