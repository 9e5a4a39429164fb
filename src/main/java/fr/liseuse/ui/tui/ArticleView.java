package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.Place;
import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.PageName;
import fr.liseuse.ui.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * A page to read: the text laid out by {@link PageText}, scrolled by line and page, with the links
 * focused in turn (Tab) and the matches of a find. A two-cell margin on the left carries text
 * markers: {@code >} on the line of the focused link or current match, {@code *} on lines with a match.
 * <p>
 * The text keeps to a measure (80 columns unless the user chose another) and stays on the left, by
 * the margin: on a wide window the eye (or a screen magnifier) finds each line's start where the
 * title and message rows start, instead of travelling to a centred column. The title is shown once:
 * on the title row, or, when it does not fit there, in full at the top of the text.
 */
final class ArticleView implements View {

    private static final int MARGIN = 2;
    /** Columns of text when the user chose none: a comfortable line length for reading. */
    static final int DEFAULT_MEASURE = 80;

    private final Page page;
    private final Messages messages;
    private final int measure;
    private PageText text;
    private int width;
    private int height = 1;
    private int top;
    private int focused = -1;
    private String wanted = "";
    private final List<TerminalPosition> matches = new ArrayList<>();
    private int match = -1;
    private String status = "";

    /** @param measure the widest the text may run, in columns (the margin aside) */
    ArticleView(Page page, Messages messages, int measure) {
        this.page = page;
        this.messages = messages;
        this.measure = measure;
    }

    Page page() {
        return page;
    }

    @Override
    public String title() {
        return PageName.of(page);
    }

    @Override
    public void layout(int width, int height) {
        Place kept = text == null ? null : place();
        this.width = width;
        this.height = Math.max(1, height);
        boolean titleFits = DisplayWidth.of(title()) <= width;
        text = PageText.layout(page, Math.max(10, Math.min(measure, width - MARGIN)), messages, !titleFits);
        if (kept != null) restore(kept);
        if (!wanted.isEmpty()) findAll(match);
    }

    /** Where the reader is: the first line on screen and the focused link. */
    Place place() {
        return new Place(top, text.lines().size(), focused >= 0 ? text.links().get(focused).n() : 0);
    }

    /** Goes back to PLACE: the same first line (scaled when the page was laid out at another width), the same link focused. */
    void restore(Place place) {
        top = clampTop(place.lineOutOf(text.lines().size()));
        focused = -1;
        for (int i = 0; place.link() > 0 && i < text.links().size(); i++) {
            if (text.links().get(i).n() == place.link()) {
                focused = i;
                reveal(text.links().get(i).textLine());
                break;
            }
        }
    }

    @Override
    public void draw(Frame frame, int row) {
        List<String> lines = text.lines();
        int focusLine = focused >= 0 ? text.links().get(focused).textLine() : -1;
        int matchLine = match >= 0 ? matches.get(match).getRow() : -1;
        for (int i = 0; i < height && top + i < lines.size(); i++) {
            int line = top + i;
            String mark = line == focusLine || line == matchLine ? ">" : hasMatch(line) ? "*" : " ";
            frame.text(0, row + i, mark);
            frame.text(MARGIN, row + i, lines.get(line));
        }
        if (focused >= 0) highlight(frame, row, text.links().get(focused));
        for (TerminalPosition m : matches) {
            if (m.getRow() < top || m.getRow() >= top + height) continue;
            String line = lines.get(m.getRow());
            int end = Math.min(line.length(), m.getColumn() + wanted.length());
            frame.reversed(MARGIN + DisplayWidth.of(line.substring(0, m.getColumn())), row + m.getRow() - top,
                    line.substring(m.getColumn(), end));
        }
    }

    /** The focused link in reverse video, from its first word to its marker, over every line it takes. */
    private void highlight(Frame frame, int row, PageText.LinkSpot spot) {
        List<String> lines = text.lines();
        for (int l = Math.max(top, spot.textLine()); l <= spot.line() && l < top + height; l++) {
            String line = lines.get(l);
            int from = l == spot.textLine() ? spot.textStart() : PageText.prefixEnd(line);
            int to = l == spot.line() ? spot.end() : line.length();
            if (to <= from) continue;
            frame.reversed(MARGIN + DisplayWidth.of(line.substring(0, from)), row + l - top, line.substring(from, to));
        }
    }

    @Override
    public TerminalPosition cursor() {
        if (focused >= 0) {
            PageText.LinkSpot spot = text.links().get(focused);
            if (visible(spot.textLine())) {
                return new TerminalPosition(MARGIN + spot.textColumn(text.lines()), spot.textLine() - top);
            }
        }
        if (match >= 0 && visible(matches.get(match).getRow())) {
            TerminalPosition m = matches.get(match);
            String line = text.lines().get(m.getRow());
            return new TerminalPosition(MARGIN + DisplayWidth.of(line.substring(0, m.getColumn())), m.getRow() - top);
        }
        return new TerminalPosition(MARGIN, 0);
    }

    @Override
    public String status() {
        return status;
    }

    @Override
    public Outcome act(Action action) {
        status = "";
        switch (action) {
            case LINE_DOWN -> scroll(1);
            case LINE_UP -> scroll(-1);
            case PAGE_DOWN -> scroll(Math.max(1, height - 1));
            case PAGE_UP -> scroll(-Math.max(1, height - 1));
            case TOP -> scroll(-text.lines().size());
            case BOTTOM -> scroll(text.lines().size());
            case NEXT_LINK -> focusLink(1);
            case PREVIOUS_LINK -> focusLink(-1);
            case NEXT_HEADING -> heading(1);
            case PREVIOUS_HEADING -> heading(-1);
            case FIND_NEXT -> nextMatch(1);
            case FIND_PREVIOUS -> nextMatch(-1);
            case OPEN_NUMBER -> {
                if (focused >= 0) return openLink(text.links().get(focused).n());
                status = messages.get("tui.link.none");
            }
            default -> {
                return Outcome.IGNORED;
            }
        }
        return Outcome.DONE;
    }

    /** Link N of the page, as typed with digits then Enter. */
    Outcome openLink(int n) {
        for (Link link : page.links()) {
            if (link.n() == n) return Outcome.open(link.url());
        }
        status = messages.get("tui.link.missing", n);
        return Outcome.DONE;
    }

    /** Finds TEXT (case and accents ignored) and goes to the first match from the top of the screen. */
    void find(String text) {
        wanted = text;
        findAll(-1);
        if (matches.isEmpty()) {
            status = messages.get("tui.find.none", text);
            return;
        }
        match = 0;
        while (match < matches.size() && matches.get(match).getRow() < top) match++;
        if (match == matches.size()) match = 0;
        showMatch();
    }

    private void findAll(int keep) {
        matches.clear();
        String folded = Folding.fold(wanted);
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size() && !folded.isEmpty(); i++) {
            String line = Folding.fold(lines.get(i));
            for (int at = line.indexOf(folded); at >= 0; at = line.indexOf(folded, at + folded.length())) {
                matches.add(new TerminalPosition(at, i));
            }
        }
        match = matches.isEmpty() ? -1 : Math.min(Math.max(keep, -1), matches.size() - 1);
    }

    private void nextMatch(int step) {
        if (matches.isEmpty()) {
            status = wanted.isEmpty() ? messages.get("tui.find.first") : messages.get("tui.find.none", wanted);
            return;
        }
        match = Math.floorMod(match + step, matches.size());
        showMatch();
    }

    private void showMatch() {
        focused = -1;
        TerminalPosition m = matches.get(match);
        reveal(m.getRow());
        status = messages.get("tui.find.at", match + 1, matches.size(), wanted);
    }

    private boolean hasMatch(int line) {
        for (TerminalPosition m : matches) if (m.getRow() == line) return true;
        return false;
    }

    private void scroll(int lines) {
        top = clampTop(top + lines);
        if (focused >= 0 && !visible(text.links().get(focused).textLine())) focused = -1;
        if (top + height >= text.lines().size() && lines > 0) status = messages.get("tui.end");
    }

    private void focusLink(int step) {
        List<PageText.LinkSpot> links = text.links();
        if (links.isEmpty()) {
            status = messages.get("tui.link.noneInPage");
            return;
        }
        if (focused < 0) {
            focused = step > 0 ? firstLinkFrom(top) : lastLinkBefore(top + height);
        } else {
            focused = Math.floorMod(focused + step, links.size());
        }
        PageText.LinkSpot spot = links.get(focused);
        reveal(spot.textLine());
        match = -1;
        Link link = page.links().stream().filter(l -> l.n() == spot.n()).findFirst().orElseThrow();
        status = messages.get("tui.link.focus", link.n(), link.text(), link.url());
    }

    private int firstLinkFrom(int line) {
        List<PageText.LinkSpot> links = text.links();
        for (int i = 0; i < links.size(); i++) if (links.get(i).textLine() >= line) return i;
        return 0;
    }

    private int lastLinkBefore(int line) {
        List<PageText.LinkSpot> links = text.links();
        for (int i = links.size() - 1; i >= 0; i--) if (links.get(i).textLine() < line) return i;
        return links.size() - 1;
    }

    private void heading(int step) {
        List<Integer> headings = text.headings();
        Integer target = null;
        for (int h : headings) {
            if (step > 0 && h > top && target == null) target = h;
            if (step < 0 && h < top) target = h;
        }
        if (target == null) {
            status = messages.get(step > 0 ? "tui.heading.last" : "tui.heading.first");
            return;
        }
        top = clampTop(target);
        focused = -1;
        status = text.lines().get(target);
    }

    private void reveal(int line) {
        if (line < top || line >= top + height) top = clampTop(line - height / 3);
    }

    private boolean visible(int line) {
        return line >= top && line < top + height;
    }

    private int clampTop(int wanted) {
        return Math.max(0, Math.min(wanted, text.lines().size() - height));
    }
}
