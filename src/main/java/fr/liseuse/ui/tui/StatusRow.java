package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import fr.liseuse.text.Messages;
import fr.liseuse.ui.Action;
import fr.liseuse.ui.KeyTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The bottom row: the emergency, help and quick-exit keys, then quit, each with its word. When the
 * row is too narrow it gives up what is least needed first: quit (the quick exit and the help,
 * which lists {@code q}, remain), then the long word of the quick exit ("sortie rapide" becomes
 * "sortie"), then help; the emergency and quick-exit keys stay at any width, and no word is cut.
 */
final class StatusRow {

    private static final String GAP = "  ";

    /** One way to write the row, from the most complete to the shortest. */
    private record Shape(List<Action> actions, boolean shortExit) { }

    private static final List<Shape> SHAPES = List.of(
            new Shape(List.of(Action.EMERGENCY, Action.HELP, Action.QUICK_EXIT, Action.QUIT), false),
            new Shape(List.of(Action.EMERGENCY, Action.HELP, Action.QUICK_EXIT), false),
            new Shape(List.of(Action.EMERGENCY, Action.HELP, Action.QUICK_EXIT), true),
            new Shape(List.of(Action.EMERGENCY, Action.QUICK_EXIT), false),
            new Shape(List.of(Action.EMERGENCY, Action.QUICK_EXIT), true));

    private StatusRow() { }

    /** The most complete row that fits in WIDTH columns (the shortest one when none does). */
    static String of(KeyTable keys, Messages messages, int width) {
        String row = "";
        for (Shape shape : SHAPES) {
            row = write(shape, keys, messages);
            if (TerminalTextUtils.getColumnWidth(row) <= width) return row;
        }
        return row;
    }

    private static String write(Shape shape, KeyTable keys, Messages messages) {
        List<String> items = new ArrayList<>();
        for (Action a : shape.actions()) {
            List<String> k = keys.keysOf(a);
            if (k.isEmpty()) continue;
            String word = a == Action.QUICK_EXIT && shape.shortExit() ? "tui.status.QUICK_EXIT.short" : "tui.status." + a.name();
            items.add(Lists.keyLabel(k.get(0), messages) + ' ' + messages.get(word));
        }
        return String.join(GAP, items);
    }
}
