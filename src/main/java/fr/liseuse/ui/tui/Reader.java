package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.Place;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.LibraryException;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import fr.liseuse.ui.Action;
import fr.liseuse.ui.EmergencyContacts;
import fr.liseuse.ui.Finder;
import fr.liseuse.ui.Hit;
import fr.liseuse.ui.KeyTable;
import fr.liseuse.ui.PageName;
import fr.liseuse.ui.Progress;
import fr.liseuse.ui.Session;
import fr.liseuse.ui.TypedAddress;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The full-screen reader's state and key handling, on one thread (the UI thread). Pages load, and
 * searches and saves run, on the {@code loader} executor and come back through {@code post}, which
 * runs a task on the UI thread. The screen: a title row, the body of the top view, a message row
 * (announcements, the search field, the number being typed) and a status row naming the emergency,
 * help and quick-exit keys. While the search field is open, the last body row lists its scopes.
 */
public final class Reader {

    /** How the reader ended. */
    public enum Ending { QUIT, QUICK_EXIT, INTERRUPTED }

    private static final int CHROME_ROWS = 3;
    private static final int HITS = 20;

    /** Slow work for the loader thread; returns what to do with its result on the UI thread. */
    private interface Job {
        Runnable call() throws SourceException, LibraryException;
    }

    private final Session session;
    private final Finder finder;
    private final Messages messages;
    private final KeyTable keys;
    private final Glyphs glyphs;
    private final Screen screen;
    private final Executor loader;
    private final Consumer<Runnable> post;
    private final int measure;
    private final Deque<View> views = new ArrayDeque<>();
    private final StringBuilder digits = new StringBuilder();
    private SearchField field;
    private AddressField address;
    private String cancelledKey = "tui.loading.cancelled";
    private TerminalSize size;
    private String notice = "";
    private int generation;
    /** The page load or site search running now, which Esc or a newer job stops (null: none, or a library job). */
    private FutureTask<Void> network;
    private boolean loading;
    /** The job running now, told in the message row once it has taken a second (null: none). */
    private Progress progress;
    private String loadingNotice;
    private final LongSupplier clock;
    private int loadingDepth;
    private boolean menuFirst;
    private Ending ending;
    /** The library entry a removal waits to be confirmed for (null: none). */
    private EntrySummary removal;
    /** The entries of the library list last shown. */
    private List<EntrySummary> libraryShown = List.of();

    /**
     * @param finder  the library and site searches of the {@code /} field, and the library of {@code s}
     * @param measure the widest a page's text runs, in columns; 0 for the default
     */
    public Reader(Session session, Finder finder, Messages messages, KeyTable keys, boolean plain, Screen screen,
            Executor loader, Consumer<Runnable> post, int measure) {
        this(session, finder, messages, keys, plain, screen, loader, post, measure, System::nanoTime);
    }

    /** @param clock the time in nanoseconds, as {@link System#nanoTime()} gives it (progress messages are timed by it) */
    public Reader(Session session, Finder finder, Messages messages, KeyTable keys, boolean plain, Screen screen,
            Executor loader, Consumer<Runnable> post, int measure, LongSupplier clock) {
        this.clock = clock;
        this.session = session;
        this.finder = finder;
        this.messages = messages;
        this.keys = keys;
        this.glyphs = new Glyphs(plain);
        this.screen = screen;
        this.loader = loader;
        this.post = post;
        this.measure = measure > 0 ? measure : ArticleView.DEFAULT_MEASURE;
        this.size = screen.getTerminalSize();
    }

    /** Starts loading SOURCE; with MENU_FIRST, a site home opens on its menu. */
    public void start(String source, boolean menuFirst) {
        this.menuFirst = menuFirst;
        load(source);
    }

    public Optional<Ending> ending() {
        return Optional.ofNullable(ending);
    }

    /** Reacts to one key stroke. */
    public void handle(KeyStroke key) {
        if (ending != null) return;
        if (key.getKeyType() == KeyType.EOF) {
            ending = Ending.QUIT;
            return;
        }
        if (key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == 'c') {
            ending = Ending.INTERRUPTED;
            return;
        }
        Action action = keys.keyAction(KeyNames.of(key)).orElse(null);
        if (!loading) notice = "";
        if (action != null && action.global() && !(typing() && KeyNames.typed(key))) {
            global(action);
            return;
        }
        if (removal != null) {
            confirmRemoval(key);
            return;
        }
        if (address != null) {
            typeAddress(key);
            return;
        }
        if (field != null) {
            typeField(key, action);
            return;
        }
        if (typeDigit(key, action)) return;
        if (action == null) return;
        if (action == Action.BACK && loading && views.size() <= loadingDepth) {
            cancelLoading();
            return;
        }
        View top = views.peek();
        Outcome outcome = top == null ? Outcome.IGNORED : top.act(action);
        switch (outcome.kind()) {
            case CLOSE -> views.pop();
            case OPEN -> load(outcome.url());
            case IGNORED -> readerAction(action);
            case DONE -> { }
        }
    }

    /** Draws the whole screen and puts the hardware cursor on the focused item. */
    public void draw() throws IOException {
        TerminalSize now = screen.doResizeIfNecessary();
        if (now != null && !now.equals(size)) {
            size = now;
            for (View v : views) layout(v);
        }
        screen.clear();
        Frame frame = new Frame(screen.newTextGraphics(), glyphs, size.getColumns());
        View top = views.peek();
        int rows = size.getRows();
        frame.bar(0, top == null ? "liseuse" : top.title());
        if (top != null && rows > CHROME_ROWS) top.draw(frame, 1);
        String message = messageLine(top);
        int messageRow = Math.max(0, rows - 2);
        if (field != null && rows > CHROME_ROWS + 1) {
            frame.text(0, rows - 3, " ".repeat(size.getColumns()));
            frame.text(0, rows - 3, field.choices(messages, Lists.keyLabel(firstKey(Action.NEXT_LINK), messages)));
        }
        frame.message(messageRow, message);
        if (rows > 1) frame.bar(rows - 1, StatusRow.of(keys, messages, size.getColumns()));
        screen.setCursorPosition(cursor(top, message, messageRow));
        screen.refresh();
    }

    private TerminalPosition cursor(View top, String message, int messageRow) {
        if (typing() || digits.length() > 0 || top == null) {
            int column = TerminalTextUtils.getColumnWidth(glyphs.safe(message));
            return new TerminalPosition(Math.min(column, size.getColumns() - 1), messageRow);
        }
        TerminalPosition p = top.cursor();
        return new TerminalPosition(Math.min(p.getColumn(), size.getColumns() - 1),
                Math.min(1 + p.getRow(), Math.max(0, size.getRows() - CHROME_ROWS)));
    }

    private String messageLine(View top) {
        if (address != null) return address.prompt(messages);
        if (field != null) return field.prompt(messages);
        if (digits.length() > 0) {
            return messages.get(numberedList() != null ? "tui.item.typing" : "tui.link.typing", digits.toString());
        }
        if (loading && notice.equals(loadingNotice)) {
            return progress.screenMessage(messages).orElse(notice);
        }
        if (!notice.isEmpty()) return notice;
        return top == null ? "" : top.status();
    }

    private String firstKey(Action action) {
        List<String> k = keys.keysOf(action);
        return k.isEmpty() ? "" : k.get(0);
    }

    /** Emergency, help, quick exit: from any view, the search field included (which they close). */
    private void global(Action action) {
        field = null;
        removal = null;
        address = null;
        digits.setLength(0);
        switch (action) {
            case QUICK_EXIT -> ending = Ending.QUICK_EXIT;   // nothing kept: a quick exit leaves no trace
            case EMERGENCY -> push(emergencyPanel(session.current().orElse(null)));
            case HELP -> push(new ListView(ListView.Kind.HELP, messages.get("tui.help.title"),
                    Lists.help(keys, messages), glyphs));
            default -> { }
        }
    }

    private void readerAction(Action action) {
        Optional<Page> page = session.current();
        switch (action) {
            case QUIT -> {
                keepPlace(true);
                ending = Ending.QUIT;
            }
            case MENU -> {
                if (page.isEmpty() || page.get().menu().isEmpty()) {
                    notice = messages.get("line.menu.none");
                } else {
                    push(new ListView(ListView.Kind.MENU, messages.get("tui.menu.title"),
                            Lists.menu(page.get().menu()), glyphs));
                }
            }
            case LINKS -> {
                if (page.isEmpty() || page.get().links().isEmpty()) {
                    notice = messages.get("line.links.none");
                } else {
                    push(new ListView(ListView.Kind.LINKS, messages.get("tui.links.title"),
                            Lists.links(page.get().links()), glyphs));
                }
            }
            case FIND -> field = new SearchField(views.peek() instanceof ArticleView, finder.siteOf(page));
            case OPEN_ADDRESS -> address = new AddressField();
            case SAVE -> save(page);
            case LIBRARY -> library();
            case REMOVE -> askRemoval();
            case BACK -> {
                keepPlace(false);
                if (backToList()) return;
                session.back().ifPresentOrElse(p -> showPage(p, "tui.back"),
                        () -> notice = messages.get("line.back.none"));
            }
            case FORWARD -> {
                keepPlace(false);
                session.forward().ifPresentOrElse(p -> showPage(p, "tui.forward"),
                        () -> notice = messages.get("tui.forward.none"));
            }
            default -> { }
        }
    }

    /** Digits, then Enter, open link N of the page; returns true when the key was part of that. */
    private boolean typeDigit(KeyStroke key, Action action) {
        boolean digit = KeyNames.typed(key) && Character.isDigit(key.getCharacter()) && key.getCharacter() < 128;
        if (digit && digits.length() < 6 && session.current().isPresent()) {
            digits.append(key.getCharacter());
            return true;
        }
        if (digits.length() == 0) return false;
        if (action == Action.OPEN_NUMBER) {
            int n = Integer.parseInt(digits.toString());
            digits.setLength(0);
            ListView list = numberedList();
            if (list != null) {
                String target = list.target(n);
                if (target == null) notice = messages.get("tui.item.missing", n);
                else load(target);
                return true;
            }
            ArticleView article = new ArticleView(session.current().orElseThrow(), messages, measure);
            Outcome outcome = article.openLink(n);
            if (outcome.kind() == Outcome.Kind.OPEN) {
                load(outcome.url());
            } else {
                notice = article.status();
            }
        } else if (key.getKeyType() == KeyType.Backspace) {
            digits.setLength(digits.length() - 1);
        } else if (action == Action.BACK) {
            digits.setLength(0);
        }
        return true;
    }

    /** Whether a text field (search, address) takes the typed characters. */
    private boolean typing() {
        return field != null || address != null;
    }

    /** Keys in the address field: typing, Backspace, Enter opens what was typed, Esc closes the field. */
    private void typeAddress(KeyStroke key) {
        switch (key.getKeyType()) {
            case Escape -> address = null;
            case Backspace -> address.erase();
            case Enter -> {
                String typed = address.address();
                address = null;
                if (TypedAddress.standardInput(typed)) notice = messages.get("open.stdin");
                else if (!typed.isEmpty()) load(TypedAddress.typed(typed));
            }
            case Character -> {
                if (KeyNames.typed(key)) address.type(key.getCharacter());
            }
            default -> { }
        }
    }

    /** Keys in the search field: typing, Backspace, Tab/Shift-Tab (the link keys) switch scope, Enter searches, Esc closes. */
    private void typeField(KeyStroke key, Action action) {
        if (!KeyNames.typed(key) && (action == Action.NEXT_LINK || action == Action.PREVIOUS_LINK)) {
            field.turn(action == Action.NEXT_LINK ? 1 : -1);
            return;
        }
        switch (key.getKeyType()) {
            case Escape -> field = null;
            case Backspace -> field.erase();
            case Enter -> submit();
            case Character -> {
                if (KeyNames.typed(key)) field.type(key.getCharacter());
            }
            default -> { }
        }
    }

    private void submit() {
        SearchField done = field;
        field = null;
        String words = done.words();
        if (words.isEmpty()) return;
        switch (done.scope()) {
            case PAGE -> {
                if (views.peek() instanceof ArticleView article) article.find(words);
            }
            case LIBRARY -> {
                Progress watched = new Progress(Progress.Wait.LIBRARY_SEARCH, clock);
                run(watched, messages.get("tui.search.running.library"), "tui.search.cancelled", false, () -> {
                    List<Hit> hits = finder.library(words, HITS);
                    return () -> showHits(hits, messages.get("tui.search.library.title", words),
                            messages.get("tui.search.library.count", hits.size(), words));
                });
            }
            case SITE -> {
                Finder.Site site = done.site();
                if (!finder.reachable(site)) {
                    notice = messages.get("tui.search.offline", site.title());
                    return;
                }
                Progress watched = new Progress(Progress.Wait.SITE_SEARCH, clock);
                run(watched, messages.get("tui.search.running.site", site.title()), "tui.search.cancelled", true, () -> {
                    List<Hit> hits = finder.site(site, words, HITS, watched.received());
                    return () -> showHits(hits, messages.get("tui.search.site.title", site.title(), words),
                            messages.get("tui.search.site.count", hits.size(), site.title(), words));
                });
            }
        }
    }

    /** Shows HITS as a numbered list under the panels, replacing the results shown before; none: one line. */
    private void showHits(List<Hit> hits, String title, String heading) {
        if (hits.isEmpty()) {
            notice = messages.get("tui.search.none", heading);
            return;
        }
        notice = messages.get("tui.search.open", heading);
        showList(new ListView(ListView.Kind.RESULTS, title, Lists.hits(heading, hits), glyphs));
    }

    private void library() {
        Progress watched = new Progress(Progress.Wait.LIBRARY, clock);
        run(watched, messages.get("tui.library.running"), "tui.library.cancelled", false, () -> {
            List<EntrySummary> saved = finder.librarian().list();
            return () -> {
                if (saved.isEmpty()) {
                    notice = messages.get("library.empty");
                    return;
                }
                showLibrary(saved);
            };
        });
    }

    /** The saved pages under one heading that counts them; the message row says how to open and remove one. */
    private void showLibrary(List<EntrySummary> saved) {
        libraryShown = saved;
        notice = "";
        showList(new ListView(ListView.Kind.LIBRARY, messages.get("tui.library.title"),
                Lists.library(messages.get("tui.library.count", saved.size()), saved, messages), glyphs,
                messages.get("tui.library.hint", Lists.keyLabel(firstKey(Action.OPEN_NUMBER), messages),
                        Lists.keyLabel(firstKey(Action.REMOVE), messages))));
    }

    /** Asks to confirm the removal of the library entry in focus; the next key answers. */
    private void askRemoval() {
        ListView list = numberedList();
        if (list == null || list.kind() != ListView.Kind.LIBRARY || list.focusedTarget() == null) {
            notice = messages.get("tui.remove.where", Lists.keyLabel(firstKey(Action.LIBRARY), messages));
            return;
        }
        String id = list.focusedTarget();
        removal = libraryShown.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (removal == null) return;
        notice = messages.get("tui.remove.confirm", Sanitizer.inline(Lists.titleOf(removal, messages)));
    }

    /** The answer to {@link #askRemoval}: yes removes the entry (off the UI thread) and shows the library again. */
    private void confirmRemoval(KeyStroke key) {
        EntrySummary entry = removal;
        removal = null;
        boolean yes = KeyNames.typed(key)
                && messages.get("tui.remove.yes").indexOf(Character.toLowerCase(key.getCharacter())) >= 0;
        if (!yes) {
            notice = messages.get("tui.remove.kept");
            return;
        }
        Progress watched = new Progress(Progress.Wait.REMOVAL, clock);
        run(watched, messages.get("tui.remove.running"), "tui.library.cancelled", false, () -> {
            finder.librarian().remove(List.of(entry.id()));
            List<EntrySummary> saved = finder.librarian().list();
            return () -> {
                String title = Sanitizer.inline(Lists.titleOf(entry, messages));
                if (saved.isEmpty()) {
                    if (numberedList() != null) views.pop();
                    notice = messages.get("tui.remove.done.empty", title);
                    return;
                }
                showLibrary(saved);
                notice = messages.get("tui.remove.done", title);
            };
        });
    }

    private void showList(ListView list) {
        List<View> panels = takePanels();
        if (numberedList() != null) views.pop();
        push(list);
        for (View panel : panels) views.push(panel);
    }

    /** The results or library list on top, whose items digits then Enter open; null otherwise. */
    private ListView numberedList() {
        if (views.peek() instanceof ListView list
                && (list.kind() == ListView.Kind.RESULTS || list.kind() == ListView.Kind.LIBRARY)) {
            return list;
        }
        return null;
    }

    /**
     * Back from a page opened from a results or library list shows that list again, the session
     * going back to the page the search started from.
     */
    private boolean backToList() {
        if (views.size() < 2 || !(views.peek() instanceof ArticleView)) return false;
        View article = views.pop();
        if (numberedList() == null) {
            views.push(article);
            return false;
        }
        session.back();
        notice = messages.get("tui.back.list");
        return true;
    }

    /**
     * Saves the current page to the library off the UI thread, told as any other wait (a save may
     * wait for the library's lock); the outcome is one status line. Esc drops only the answer: the
     * page is still written.
     */
    private void save(Optional<Page> page) {
        if (page.isEmpty()) {
            notice = messages.get("line.nopage");
            return;
        }
        Progress watched = new Progress(Progress.Wait.SAVE, clock);
        run(watched, messages.get("tui.save.running"), "tui.save.cancelled", false, () -> {
            String said;
            try {
                said = messages.get("tui.save.done", finder.librarian().save(page.get(), InputStream.nullInputStream()).id());
            } catch (LibraryException failure) {
                said = failure.message(messages);
            }
            String shown = said;
            return () -> notice = shown;
        });
    }

    private void load(String source) {
        Progress watched = new Progress(Progress.Wait.PAGE, clock);
        run(watched, messages.get("tui.loading"), "tui.loading.cancelled", true, () -> {
            Page page = session.fetch(source, watched.received());
            Place saved = finder.librarian().place(source).orElse(Place.TOP);
            return () -> opened(page, saved);
        });
    }

    /**
     * Milliseconds until the screen must be drawn again though nothing happened: the message row of
     * a job under way counts its seconds. -1 when nothing on screen changes by itself.
     */
    public long untilRedraw() {
        if (!loading) return -1;
        return TimeUnit.NANOSECONDS.toMillis(progress.untilScreenChange()) + 1;
    }

    /**
     * Records where the reader is in the page on screen: in the session's history, and for a saved
     * page (opened by its library id) in the library too; NOW writes it at once (when quitting),
     * otherwise on the loader thread.
     */
    private void keepPlace(boolean now) {
        Optional<Page> page = session.current();
        ArticleView article = null;
        for (View v : views) {
            if (v instanceof ArticleView a && page.isPresent() && a.page() == page.get()) article = a;
        }
        if (article == null) return;
        Place place = article.place();
        session.remember(place);
        String id = page.get().source();
        Runnable write = () -> {
            try {
                finder.librarian().keepPlace(id, place);
            } catch (LibraryException | RuntimeException failure) {
                // a place not kept only means the page opens at the top next time
            }
        };
        if (now) write.run();
        else loader.execute(write);
    }

    /**
     * Runs JOB on the loader thread, saying ANNOUNCEMENT meanwhile, then PROGRESS once it has taken a
     * second (every page load, search, save and reading of the library comes through here); Esc cancels it (the result is then
     * dropped, and so is the result of a job another one replaced). A NETWORK job is also stopped:
     * its thread is interrupted, which ends the request at once instead of at its timeout, so the
     * loader is free for the next page and a page the user gave up on is not fetched to the end.
     * Library jobs are left to finish (an interrupt would close the files they read). A failure is
     * one status line.
     */
    private void run(Progress progress, String announcement, String cancelled, boolean network, Job job) {
        stopNetwork();
        int ticket = ++generation;
        this.progress = progress;
        loading = true;
        loadingDepth = views.size();
        cancelledKey = cancelled;
        notice = announcement;
        loadingNotice = announcement;
        FutureTask<Void> task = new FutureTask<>(() -> {
            Runnable result;
            try {
                result = job.call();
            } catch (SourceException failure) {
                result = failed(failure.message(messages));
            } catch (LibraryException failure) {
                result = failed(failure.message(messages));
            } catch (RuntimeException failure) {
                result = failed(detail(failure));
            }
            Runnable done = result;
            post.accept(() -> {
                if (ticket != generation || !loading) return;
                loading = false;
                done.run();
            });
        }, null);
        this.network = network ? task : null;
        loader.execute(task);
    }

    private void stopNetwork() {
        if (network != null) network.cancel(true);
        network = null;
    }

    private Runnable failed(String why) {
        return () -> notice = messages.get("line.failed", why);
    }

    private static String detail(RuntimeException failure) {
        return Sanitizer.inline(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    private void opened(Page page, Place saved) {
        boolean fromList = panelsOverList();
        keepPlace(false);
        session.show(page, saved);
        showPage(page, "tui.opened", fromList);
        if (menuFirst && page.kind() != PageKind.ARTICLE && !page.menu().isEmpty()) {
            insertBelowPanels(new ListView(ListView.Kind.MENU, messages.get("tui.menu.title"),
                    Lists.menu(page.menu()), glyphs));
        }
        menuFirst = false;
    }

    /** Whether a results or library list lies just under the emergency and help panels. */
    private boolean panelsOverList() {
        List<View> panels = takePanels();
        boolean list = numberedList() != null;
        for (View panel : panels) views.push(panel);
        return list;
    }

    private void cancelLoading() {
        stopNetwork();
        loading = false;
        generation++;
        notice = messages.get(cancelledKey);
    }

    private void showPage(Page page, String announcement) {
        showPage(page, announcement, false);
    }

    /**
     * Shows PAGE in a new article view; a panel opened while it loaded stays on top. OVER_LIST keeps
     * the results or library list it was opened from under it, for Back.
     */
    private void showPage(Page page, String announcement, boolean overList) {
        List<View> panels = takePanels();
        if (!overList) views.clear();
        ArticleView article = new ArticleView(page, messages, measure);
        push(article);
        article.restore(session.place());
        for (View panel : panels) views.push(refreshed(panel, page));
        notice = messages.get(announcement, PageName.of(page),
                page.links().size(), page.menu().isEmpty() ? 0 : 1);
    }

    /** The emergency panel, in the one order of the emergency list, with PAGE's own numbers (null: none open). */
    private ListView emergencyPanel(Page page) {
        return new ListView(ListView.Kind.EMERGENCY, messages.get("tui.emergency.title"),
                Lists.emergency(EmergencyContacts.of(session, page, messages), messages), glyphs,
                messages.get("tui.emergency.hint"));
    }

    /**
     * PANEL as it should read now PAGE is open: an emergency panel opened while the page loaded gains
     * the page's own numbers, its focus staying on the same item; other panels are kept as they are.
     */
    private View refreshed(View panel, Page page) {
        if (!(panel instanceof ListView list) || list.kind() != ListView.Kind.EMERGENCY) return panel;
        ListView fresh = emergencyPanel(page);
        fresh.focus(list.focusedText());
        layout(fresh);
        return fresh;
    }

    private void insertBelowPanels(View view) {
        List<View> panels = takePanels();
        push(view);
        for (View panel : panels) views.push(panel);
    }

    /** Removes the emergency and help panels from the top, returned bottom first. */
    private List<View> takePanels() {
        List<View> panels = new ArrayList<>();
        while (views.peek() instanceof ListView list
                && (list.kind() == ListView.Kind.EMERGENCY || list.kind() == ListView.Kind.HELP)) {
            panels.add(0, views.pop());
        }
        return panels;
    }

    private void push(View view) {
        if (view instanceof ListView list && views.peek() instanceof ListView top && top.kind() == list.kind()) return;
        layout(view);
        views.push(view);
    }

    private void layout(View view) {
        view.layout(size.getColumns(), Math.max(1, size.getRows() - CHROME_ROWS));
    }
}
