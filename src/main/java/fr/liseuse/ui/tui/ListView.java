package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import fr.liseuse.text.Wrapper;
import fr.liseuse.ui.Action;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A list to move through and choose from: the site menu (nested: Enter on an entry with a submenu
 * goes down a level, Esc goes up), the page's links, search results, the library, the emergency
 * panel, the help. The focused
 * item carries the text marker {@code >} (reverse video is only a second cue) and the hardware cursor
 * sits on the first character of its text.
 */
final class ListView implements View {

    private static final String MARKER = "> ";
    private static final String INDENT = "  ";

    /** Which list this is, so the reader does not stack the same list twice. */
    enum Kind { MENU, LINKS, RESULTS, LIBRARY, EMERGENCY, HELP }

    private final Kind kind;
    private final String title;
    private final Glyphs glyphs;
    private final String hint;
    private final Deque<Level> levels = new ArrayDeque<>();
    private int width = 40;
    private int height = 1;
    private List<Row> rows = List.of();
    private int top;

    /** One level of the list: its entries, which one is focused, and the label that led there. */
    private static final class Level {
        final List<Entry> entries;
        final String label;
        int focused;

        Level(List<Entry> entries, String label) {
            this.entries = entries;
            this.label = label;
            this.focused = firstItem(entries);
        }
    }

    /** A screen line of the laid-out list and the entry it belongs to. */
    private record Row(int entry, String text, boolean first) { }

    ListView(Kind kind, String title, List<Entry> entries, Glyphs glyphs) {
        this(kind, title, entries, glyphs, "");
    }

    /** @param hint what the message row says while the list is shown (how to use it) */
    ListView(Kind kind, String title, List<Entry> entries, Glyphs glyphs, String hint) {
        this.kind = kind;
        this.title = title;
        this.glyphs = glyphs;
        this.hint = hint;
        levels.push(new Level(entries, null));
    }

    Kind kind() {
        return kind;
    }

    @Override
    public String title() {
        StringBuilder crumbs = new StringBuilder(title);
        List<Level> path = new ArrayList<>(levels);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).label != null) crumbs.append(glyphs.crumb()).append(path.get(i).label);
        }
        return crumbs.toString();
    }

    /** The text of the focused item, or null when the list has nothing to focus. */
    String focusedText() {
        Level level = levels.peek();
        return level.focused < 0 ? null : level.entries.get(level.focused).text();
    }

    /** What the focused item opens (a library id, an address), or null. */
    String focusedTarget() {
        Level level = levels.peek();
        return level.focused < 0 ? null : level.entries.get(level.focused).url();
    }

    /** Focuses the first item of the current level reading TEXT, when there is one. */
    void focus(String text) {
        Level level = levels.peek();
        for (int i = 0; text != null && i < level.entries.size(); i++) {
            Entry e = level.entries.get(i);
            if (!e.heading() && e.text().equals(text)) {
                level.focused = i;
                return;
            }
        }
    }

    /** What item N (counting focusable items from 1) opens, or null when there is no such item or it opens nothing. */
    String target(int n) {
        int seen = 0;
        for (Entry e : levels.peek().entries) {
            if (!e.heading() && ++seen == n) return e.url();
        }
        return null;
    }

    @Override
    public void layout(int width, int height) {
        this.width = Math.max(4, width);
        this.height = Math.max(1, height);
        List<Row> laid = new ArrayList<>();
        List<Entry> entries = levels.peek().entries;
        int room = this.width - MARKER.length();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String text = e.children().isEmpty() || e.heading() ? e.text() : e.text() + glyphs.submenu();
            boolean first = true;
            for (String part : Wrapper.wrap(text, room)) {
                laid.add(new Row(i, part, first));
                first = false;
            }
            for (String detail : e.details()) {
                for (String part : Wrapper.wrap(detail, room - INDENT.length())) laid.add(new Row(i, INDENT + part, false));
            }
        }
        rows = laid;
        reveal();
    }

    @Override
    public void draw(Frame frame, int row) {
        int focused = levels.peek().focused;
        for (int i = 0; i < height && top + i < rows.size(); i++) {
            Row r = rows.get(top + i);
            boolean heading = levels.peek().entries.get(r.entry()).heading();
            if (r.entry() == focused) {
                frame.text(0, row + i, r.first() ? MARKER : INDENT);
                frame.reversed(MARKER.length(), row + i, r.text());
            } else {
                frame.text(heading ? 0 : MARKER.length(), row + i, r.text());
            }
        }
    }

    @Override
    public TerminalPosition cursor() {
        int focused = levels.peek().focused;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).entry() == focused && rows.get(i).first()) {
                return new TerminalPosition(MARKER.length(), Math.max(0, Math.min(height - 1, i - top)));
            }
        }
        return new TerminalPosition(0, 0);
    }

    @Override
    public String status() {
        return hint;
    }

    @Override
    public Outcome act(Action action) {
        Level level = levels.peek();
        switch (action) {
            case LINE_DOWN -> move(level, 1);
            case LINE_UP -> move(level, -1);
            case PAGE_DOWN -> {
                for (int i = 0; i < Math.max(1, height / 2); i++) move(level, 1);
            }
            case PAGE_UP -> {
                for (int i = 0; i < Math.max(1, height / 2); i++) move(level, -1);
            }
            case TOP -> level.focused = firstItem(level.entries);
            case BOTTOM -> {
                for (int i = level.entries.size() - 1; i >= 0; i--) {
                    if (!level.entries.get(i).heading()) {
                        level.focused = i;
                        break;
                    }
                }
            }
            case OPEN_NUMBER, FORWARD -> {
                return open(level, action == Action.OPEN_NUMBER);
            }
            case BACK -> {
                if (levels.size() == 1) return Outcome.CLOSE;
                levels.pop();
                layout(width, height);
            }
            default -> {
                return Outcome.IGNORED;
            }
        }
        reveal();
        return Outcome.DONE;
    }

    private Outcome open(Level level, boolean pages) {
        if (level.focused < 0) return Outcome.DONE;
        Entry e = level.entries.get(level.focused);
        if (!e.children().isEmpty()) {
            List<Entry> inside = new ArrayList<>();
            if (e.url() != null) inside.add(Entry.link(e.text(), e.url()));
            inside.addAll(e.children());
            levels.push(new Level(inside, e.text()));
            top = 0;
            layout(width, height);
            return Outcome.DONE;
        }
        if (pages && e.url() != null) return Outcome.open(e.url());
        return Outcome.DONE;
    }

    private void move(Level level, int step) {
        for (int i = level.focused + step; i >= 0 && i < level.entries.size(); i += step) {
            if (!level.entries.get(i).heading()) {
                level.focused = i;
                return;
            }
        }
    }

    /** Scrolls so that the whole focused item is on screen (its first line at least). */
    private void reveal() {
        int focused = levels.peek().focused;
        int first = -1;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).entry() != focused) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) {
            top = Math.max(0, Math.min(top, rows.size() - height));
            return;
        }
        // a heading just above the first item stays in view with it
        if (first > 0 && rows.get(first - 1).entry() != focused
                && levels.peek().entries.get(rows.get(first - 1).entry()).heading() && first - 1 < top) {
            top = first - 1;
        }
        if (last >= top + height) top = Math.min(first, last - height + 1);
        if (first < top) top = first;
        top = Math.max(0, Math.min(top, Math.max(0, rows.size() - height)));
        if (first < top) top = first;
    }

    private static int firstItem(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) if (!entries.get(i).heading()) return i;
        return -1;
    }
}
