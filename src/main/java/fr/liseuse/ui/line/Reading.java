package fr.liseuse.ui.line;

import fr.liseuse.model.Page;
import fr.liseuse.render.TextLayout;
import fr.liseuse.render.TextRenderer;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The current page as numbered text lines, and where the reader is in it. Read by screens of about
 * 20 terminal rows ({@code lire}, {@code lire N}, Enter), from heading to heading ({@code t},
 * {@code tp}), and searched ({@code /}); Enter reads on from wherever the last of these left off:
 * the end of the last screen, the heading landed on, or a find's first match.
 */
final class Reading {

    private static final int SCREEN_ROWS = 20;

    private final Messages messages;
    private final LineOutput out;
    private List<String> lines = List.of();
    private List<Integer> headings = List.of();
    /** The next line Enter reads. */
    private int at;
    /** The heading {@code t} or {@code tp} landed on; -1 when the reader was last moved otherwise. */
    private int heading = -1;

    Reading(Messages messages, LineOutput out) {
        this.messages = messages;
        this.out = out;
    }

    /** PAGE becomes the text read, from its start. */
    void show(Page page) {
        TextLayout layout = new TextRenderer(0, true, messages, true).layout(page);
        lines = layout.lines();
        headings = layout.headings();
        at = 0;
        heading = -1;
    }

    /** The first screen of the page. */
    void fromStart() {
        at = 0;
        more();
    }

    /** A screen from line N (counted from 1, as {@code /} numbers its matches). */
    void from(int n) {
        if (n < 1 || n > lines.size()) {
            out.say(messages.get("line.read.range", lines.size()));
            return;
        }
        at = n - 1;
        more();
    }

    /** The next screen: lines up to about 20 rows of the terminal, blank lines at its top left out. */
    void more() {
        heading = -1;
        while (at < lines.size() && lines.get(at).isEmpty()) at++;
        if (at >= lines.size()) {
            out.say(messages.get("line.end"));
            return;
        }
        int rows = 0;
        while (at < lines.size()) {
            int taken = out.rows(lines.get(at)).size();
            if (rows > 0 && rows + taken > SCREEN_ROWS) break;
            out.say(lines.get(at));
            rows += taken;
            at++;
        }
        out.say(at < lines.size() ? messages.get("line.more") : messages.get("line.end"));
    }

    /** Says the first heading not read yet; Enter reads on from there. */
    void nextHeading() {
        for (int h : headings) {
            if (h >= at) {
                land(h);
                return;
            }
        }
        out.say(messages.get("line.heading.noneAfter"));
    }

    /** Says the heading before the one landed on, or the heading of the part read last. */
    void previousHeading() {
        int before = heading >= 0 ? heading : at;
        for (int i = headings.size() - 1; i >= 0; i--) {
            if (headings.get(i) < before) {
                land(headings.get(i));
                return;
            }
        }
        out.say(messages.get("line.heading.noneBefore"));
    }

    private void land(int h) {
        out.say(lines.get(h));
        heading = h;
        at = h + 1;
    }

    /** Every line holding the TYPED text (made clean; accents and case aside), numbered; Enter reads from the first. */
    void find(String typed) {
        String text = Sanitizer.inline(typed);
        if (text.isEmpty()) {
            out.say(messages.get("line.find.empty"));
            return;
        }
        String wanted = fold(text);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (fold(lines.get(i)).contains(wanted)) hits.add(i);
        }
        out.say(messages.get("line.find.count", hits.size(), text));
        for (int i : hits) out.say(messages.get("line.find.hit", i + 1, lines.get(i).strip()));
        if (hits.isEmpty()) return;
        at = hits.get(0);
        heading = -1;
        out.say(messages.get("line.find.read", at + 1));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
