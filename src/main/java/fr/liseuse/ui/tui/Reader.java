package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.source.SourceException;
import fr.liseuse.store.EmergencyDirectory;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import fr.liseuse.ui.Action;
import fr.liseuse.ui.KeyTable;
import fr.liseuse.ui.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The full-screen reader's state and key handling, on one thread (the UI thread). Pages load on the
 * {@code loader} executor and come back through {@code post}, which runs a task on the UI thread.
 * The screen: a title row, the body of the top view, a message row (announcements, the find field,
 * the link number being typed) and a status row naming the emergency, help and quick-exit keys.
 */
public final class Reader {

    /** How the reader ended. */
    public enum Ending { QUIT, QUICK_EXIT, INTERRUPTED }

    private static final int CHROME_ROWS = 3;

    private final Session session;
    private final Messages messages;
    private final KeyTable keys;
    private final Glyphs glyphs;
    private final Screen screen;
    private final Executor loader;
    private final Consumer<Runnable> post;
    private final Deque<View> views = new ArrayDeque<>();
    private final StringBuilder digits = new StringBuilder();
    private StringBuilder findField;
    private TerminalSize size;
    private String notice = "";
    private int generation;
    private boolean loading;
    private int loadingDepth;
    private boolean menuFirst;
    private Ending ending;

    public Reader(Session session, Messages messages, KeyTable keys, boolean plain, Screen screen, Executor loader,
            Consumer<Runnable> post) {
        this.session = session;
        this.messages = messages;
        this.keys = keys;
        this.glyphs = new Glyphs(plain);
        this.screen = screen;
        this.loader = loader;
        this.post = post;
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
        if (action != null && action.global() && !(findField != null && KeyNames.typed(key))) {
            global(action);
            return;
        }
        if (findField != null) {
            typeFind(key);
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
        frame.text(0, messageRow, message);
        if (rows > 1) frame.bar(rows - 1, statusLine());
        screen.setCursorPosition(cursor(top, message, messageRow));
        screen.refresh();
    }

    private TerminalPosition cursor(View top, String message, int messageRow) {
        if (findField != null || digits.length() > 0 || top == null) {
            int column = TerminalTextUtils.getColumnWidth(glyphs.safe(message));
            return new TerminalPosition(Math.min(column, size.getColumns() - 1), messageRow);
        }
        TerminalPosition p = top.cursor();
        return new TerminalPosition(Math.min(p.getColumn(), size.getColumns() - 1),
                Math.min(1 + p.getRow(), Math.max(0, size.getRows() - CHROME_ROWS)));
    }

    private String messageLine(View top) {
        if (findField != null) return messages.get("tui.find.prompt") + " " + findField;
        if (digits.length() > 0) return messages.get("tui.link.typing", digits.toString());
        if (!notice.isEmpty()) return notice;
        return top == null ? "" : top.status();
    }

    /** The emergency, help and quick-exit keys (first key of each in the table), then quit. */
    private String statusLine() {
        StringBuilder line = new StringBuilder();
        for (Action a : List.of(Action.EMERGENCY, Action.HELP, Action.QUICK_EXIT, Action.QUIT)) {
            List<String> k = keys.keysOf(a);
            if (k.isEmpty()) continue;
            if (line.length() > 0) line.append("  ");
            line.append(Lists.keyLabel(k.get(0), messages)).append(' ').append(messages.get("tui.status." + a.name()));
        }
        return line.toString();
    }

    /** Emergency, help, quick exit: from any view, the find field included (which they close). */
    private void global(Action action) {
        findField = null;
        digits.setLength(0);
        switch (action) {
            case QUICK_EXIT -> ending = Ending.QUICK_EXIT;
            case EMERGENCY -> {
                List<Contact> contacts = session.current().map(Page::contacts).orElse(null);
                push(new ListView(ListView.Kind.EMERGENCY, messages.get("tui.emergency.title"),
                        Lists.emergency(session.personalContacts(), EmergencyDirectory.bundled().entries(),
                                contacts, messages), glyphs));
            }
            case HELP -> push(new ListView(ListView.Kind.HELP, messages.get("tui.help.title"),
                    Lists.help(keys, messages), glyphs));
            default -> { }
        }
    }

    private void readerAction(Action action) {
        Optional<Page> page = session.current();
        switch (action) {
            case QUIT -> ending = Ending.QUIT;
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
            case FIND -> {
                if (views.peek() instanceof ArticleView) findField = new StringBuilder();
            }
            case BACK -> session.back().ifPresentOrElse(p -> showPage(p, "tui.back"),
                    () -> notice = messages.get("line.back.none"));
            case FORWARD -> session.forward().ifPresentOrElse(p -> showPage(p, "tui.forward"),
                    () -> notice = messages.get("tui.forward.none"));
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
            ArticleView article = new ArticleView(session.current().orElseThrow(), messages);
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

    private void typeFind(KeyStroke key) {
        switch (key.getKeyType()) {
            case Escape -> findField = null;
            case Backspace -> {
                if (findField.length() > 0) findField.setLength(findField.length() - 1);
            }
            case Enter -> {
                String wanted = findField.toString().strip();
                findField = null;
                if (!wanted.isEmpty() && views.peek() instanceof ArticleView article) article.find(wanted);
            }
            case Character -> {
                if (KeyNames.typed(key) && findField.length() < 200) findField.append(key.getCharacter());
            }
            default -> { }
        }
    }

    private void load(String source) {
        int ticket = ++generation;
        loading = true;
        loadingDepth = views.size();
        notice = messages.get("tui.loading");
        loader.execute(() -> {
            try {
                Page page = session.fetch(source);
                post.accept(() -> loaded(ticket, page, null));
            } catch (SourceException failure) {
                post.accept(() -> loaded(ticket, null, failure.message(messages)));
            } catch (RuntimeException failure) {
                String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                post.accept(() -> loaded(ticket, null, Sanitizer.inline(detail)));
            }
        });
    }

    private void loaded(int ticket, Page page, String failure) {
        if (ticket != generation || !loading) return;
        loading = false;
        if (failure != null) {
            notice = messages.get("line.failed", failure);
            return;
        }
        session.show(page);
        showPage(page, "tui.opened");
        if (menuFirst && page.kind() != PageKind.ARTICLE && !page.menu().isEmpty()) {
            insertBelowPanels(new ListView(ListView.Kind.MENU, messages.get("tui.menu.title"),
                    Lists.menu(page.menu()), glyphs));
        }
        menuFirst = false;
    }

    private void cancelLoading() {
        loading = false;
        generation++;
        notice = messages.get("tui.loading.cancelled");
    }

    /** Shows PAGE in a new article view; a panel opened while it loaded stays on top. */
    private void showPage(Page page, String announcement) {
        List<View> panels = takePanels();
        views.clear();
        push(new ArticleView(page, messages));
        for (View panel : panels) views.push(panel);
        notice = messages.get(announcement, page.title().isBlank() ? page.source() : page.title(),
                page.links().size(), page.menu().isEmpty() ? 0 : 1);
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
