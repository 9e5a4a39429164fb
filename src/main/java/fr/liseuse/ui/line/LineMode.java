package fr.liseuse.ui.line;

import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.render.TextRenderer;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.LibraryException;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import fr.liseuse.ui.Action;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.EmergencyContacts;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.Hit;
import fr.liseuse.ui.KeyTable;
import fr.liseuse.ui.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The line-oriented reader (CONTRACT §7): one command per input line, plain lines out, numbered lists
 * everywhere, no escape sequences. Works from a terminal or a pipe until {@code q} or end of input.
 */
public final class LineMode {

    /** What the caller does when the loop ends. */
    public enum Ending { QUIT, QUICK_EXIT }

    private static final int SCREEN_LINES = 20;
    private static final int SEARCH_HITS = 10;

    private final KeyTable keys = KeyTable.defaults();
    private final Session session;
    private final Finder finder;
    private final Messages messages;
    private final BufferedReader in;
    private final PrintWriter out;
    private final List<String> numbered = new ArrayList<>();
    private List<String> reading = List.of();
    private int readingAt;

    /** @param finder the library and site searches of {@code chercher}, the library of {@code sauver} */
    public LineMode(Session session, Finder finder, Messages messages, BufferedReader in, PrintWriter out) {
        this.session = session;
        this.finder = finder;
        this.messages = messages;
        this.in = in;
        this.out = out;
    }

    public Ending run(String firstSource) throws IOException {
        say(messages.get("line.welcome"));
        open(firstSource);
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.strip();
            if (command.isEmpty()) {
                more();
                continue;
            }
            if (command.startsWith("/")) {
                find(command.substring(1).strip());
                continue;
            }
            if (command.matches("\\d{1,6}")) {
                openNumber(Integer.parseInt(command));
                continue;
            }
            String[] words = command.split("\\s+", 2);
            Optional<Action> action = keys.lineAction(words[0]);
            if (action.isEmpty()) {
                say(messages.get("line.unknown", command));
                continue;
            }
            switch (action.get()) {
                case QUIT -> {
                    return Ending.QUIT;
                }
                case QUICK_EXIT -> {
                    return Ending.QUICK_EXIT;
                }
                case EMERGENCY -> emergency();
                case HELP -> help();
                case MENU -> menu();
                case LINKS -> links();
                case READ -> read();
                case BACK -> back();
                case SEARCH -> search(words.length > 1 ? words[1].strip() : "");
                case SAVE -> save();
                case LIBRARY -> library();
                case FIND, OPEN_NUMBER -> say(messages.get("line.unknown", command));
            }
        }
        return Ending.QUIT;
    }

    private void open(String source) {
        say(messages.get("line.loading"));
        try {
            Page page = session.open(source);
            say(messages.get("line.loaded"));
            announce(page);
        } catch (SourceException failure) {
            say(messages.get("line.failed", failure.message(messages)));
        }
    }

    private void announce(Page page) {
        reading = renderLines(page);
        readingAt = 0;
        numbered.clear();
        say(messages.get("line.page", page.title().isEmpty() ? page.source() : page.title(),
                page.links().size(), page.menu().isEmpty() ? 0 : 1));
    }

    private void read() {
        if (session.current().isEmpty()) {
            say(messages.get("line.nopage"));
            return;
        }
        readingAt = 0;
        more();
    }

    private void more() {
        if (readingAt >= reading.size()) {
            say(messages.get("line.end"));
            return;
        }
        int end = Math.min(reading.size(), readingAt + SCREEN_LINES);
        for (int i = readingAt; i < end; i++) say(reading.get(i));
        readingAt = end;
        say(end < reading.size() ? messages.get("line.more") : messages.get("line.end"));
    }

    private void menu() {
        List<MenuEntry> menu = session.current().map(Page::menu).orElse(List.of());
        if (menu.isEmpty()) {
            say(messages.get("line.menu.none"));
            return;
        }
        numbered.clear();
        say(messages.get("line.menu.title"));
        listMenu(menu, 0);
    }

    private void listMenu(List<MenuEntry> entries, int depth) {
        for (MenuEntry entry : entries) {
            numbered.add(entry.url());
            say("  ".repeat(depth) + numbered.size() + ". " + entry.label());
            if (depth < 5) listMenu(entry.children(), depth + 1);
        }
    }

    private void links() {
        List<Link> links = session.current().map(Page::links).orElse(List.of());
        if (links.isEmpty()) {
            say(messages.get("line.links.none"));
            return;
        }
        numbered.clear();
        say(messages.get("line.links.title", links.size()));
        for (Link link : links) {
            numbered.add(link.url());
            say(link.n() + ". " + link.text() + " : " + link.url());
        }
    }

    private void openNumber(int n) {
        if (n < 1 || n > numbered.size()) {
            say(messages.get("line.number.none", n));
            return;
        }
        String url = numbered.get(n - 1);
        if (url == null) {
            say(messages.get("line.number.nolink", n));
            return;
        }
        open(url);
    }

    private void back() {
        session.back().ifPresentOrElse(page -> {
            say(messages.get("line.back"));
            announce(page);
        }, () -> say(messages.get("line.back.none")));
    }

    private void find(String text) {
        if (text.isEmpty()) {
            say(messages.get("line.find.empty"));
            return;
        }
        String wanted = fold(text);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            if (fold(reading.get(i)).contains(wanted)) hits.add(i);
        }
        say(messages.get("line.find.count", hits.size(), text));
        for (int i : hits) say(messages.get("line.find.hit", i + 1, reading.get(i).strip()));
    }

    /**
     * Searches the library, then the site of the current page (the default site when it has none),
     * and announces each group; the hits of both become one numbered list, so N opens either.
     */
    private void search(String text) {
        if (text.isEmpty()) {
            say(messages.get("line.search.empty"));
            return;
        }
        numbered.clear();
        try {
            List<Hit> hits = finder.library(text, SEARCH_HITS);
            say(messages.get("line.search.library", hits.size(), text));
            list(hits);
        } catch (LibraryException failure) {
            say(messages.get("line.search.libraryFailed", failure.message(messages)));
        }
        Finder.Site site = finder.siteOf(session.current());
        String siteName = site.fallback() ? messages.get("line.search.defaultSite", site.title()) : site.title();
        if (!finder.reachable(site)) {
            say(messages.get("line.search.offline", siteName));
        } else {
            try {
                List<Hit> hits = finder.site(site, text, SEARCH_HITS);
                say(messages.get("line.search.site", hits.size(), siteName, text));
                list(hits);
            } catch (SourceException failure) {
                say(messages.get("line.search.siteFailed", siteName, failure.message(messages)));
            }
        }
        if (!numbered.isEmpty()) say(messages.get("line.search.open"));
    }

    private void list(List<Hit> hits) {
        for (Hit hit : hits) {
            numbered.add(hit.target());
            String where = hit.address().isBlank() ? hit.target() : hit.address();
            say(messages.get("line.search.hit", numbered.size(), hit.title(), hit.snippet().isBlank() ? where : hit.snippet()));
        }
    }

    /** The saved pages, numbered: N opens page N. */
    private void library() {
        List<EntrySummary> saved;
        try {
            saved = finder.librarian().list();
        } catch (LibraryException failure) {
            say(messages.get("line.failed", failure.message(messages)));
            return;
        }
        if (saved.isEmpty()) {
            say(messages.get("library.empty"));
            return;
        }
        numbered.clear();
        say(messages.get("line.library.title", saved.size()));
        for (EntrySummary e : saved) {
            numbered.add(e.id());
            String title = e.title() == null || e.title().isBlank() ? messages.get("library.untitled") : e.title();
            say(messages.get("line.library.entry", numbered.size(), Sanitizer.inline(title), e.id()));
        }
    }

    private void save() {
        Optional<Page> page = session.current();
        if (page.isEmpty()) {
            say(messages.get("line.nopage"));
            return;
        }
        try {
            EntrySummary saved = finder.librarian().save(page.get(), InputStream.nullInputStream());
            say(messages.get("line.save.done", saved.id()));
        } catch (LibraryException failure) {
            say(failure.kind() == LibraryException.Kind.DISCREET ? failure.message(messages)
                    : messages.get("line.failed", failure.message(messages)));
        } catch (SourceException failure) {
            say(messages.get("line.failed", failure.message(messages)));
        }
    }

    private void emergency() {
        EmergencyContacts.lines(session, messages).forEach(this::say);
    }

    private void help() {
        say(messages.get("line.help.title"));
        for (Binding binding : keys.bindings()) {
            if (binding.lineWords().isEmpty()) continue;
            say(String.join(", ", binding.lineWords()) + " : " + messages.get(binding.helpKey()));
        }
    }

    private List<String> renderLines(Page page) {
        StringBuilder text = new StringBuilder();
        try {
            new TextRenderer(0, true, messages, false).render(page, text);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.toString().lines().toList();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
