package fr.liseuse.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of key bindings and line-mode commands (CONTRACT §6 and §7). Help screens and the
 * line-mode {@code aide} are generated from it, so they never disagree with what the keys do.
 */
public final class KeyTable {

    private final List<Binding> bindings;

    private KeyTable(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    public static KeyTable defaults() {
        return new KeyTable(List.of(
                new Binding(Action.EMERGENCY, List.of("F2", "!"), List.of("!", "urgence", "urgences", "emergency"),
                        "help.emergency"),
                new Binding(Action.HELP, List.of("F1", "?"), List.of("aide", "?", "help"), "help.help"),
                new Binding(Action.QUICK_EXIT, List.of("Ctrl-X", "F12"), List.of("x", "sortie", "exit"),
                        "help.exit"),
                new Binding(Action.OPEN_NUMBER, List.of("Enter"), List.of("N"), "help.number", "tui.help.open"),
                new Binding(Action.OPEN_ADDRESS, List.of("g"), List.of("ouvrir", "g", "open"), "help.open",
                        "tui.help.address"),
                new Binding(Action.CANCEL, List.of(), List.of("annuler", "cancel"), "help.cancel"),
                new Binding(Action.MENU, List.of("m"), List.of("m", "menu"), "help.menu"),
                new Binding(Action.LINKS, List.of("l"), List.of("l", "liens", "links"), "help.links"),
                new Binding(Action.READ, List.of(), List.of("lire", "read"), "help.read"),
                new Binding(Action.FIND, List.of("/"), List.of("/texte", "/text"), "help.find", "tui.help.find"),
                new Binding(Action.SEARCH, List.of(), List.of("chercher", "search"), "help.search"),
                new Binding(Action.SAVE, List.of("s"), List.of("sauver", "enregistrer", "save"), "help.save"),
                new Binding(Action.LIBRARY, List.of("B"), List.of("bibliotheque", "bibliothèque", "biblio", "library"),
                        "help.library"),
                new Binding(Action.BACK, List.of("Esc", "Backspace", "Left"), List.of("r", "retour", "back"),
                        "help.back", "tui.help.back"),
                new Binding(Action.FORWARD, List.of("f", "Right"), List.of("av", "avancer", "forward"), "help.forward",
                        "tui.help.forward"),
                new Binding(Action.LINE_DOWN, List.of("Down", "j"), List.of(), "tui.help.lineDown"),
                new Binding(Action.LINE_UP, List.of("Up", "k"), List.of(), "tui.help.lineUp"),
                new Binding(Action.PAGE_DOWN, List.of("PageDown", "Space"), List.of(), "tui.help.pageDown"),
                new Binding(Action.PAGE_UP, List.of("PageUp", "b"), List.of(), "tui.help.pageUp"),
                new Binding(Action.TOP, List.of("Home"), List.of(), "tui.help.top"),
                new Binding(Action.BOTTOM, List.of("End", "G"), List.of(), "tui.help.bottom"),
                new Binding(Action.NEXT_LINK, List.of("Tab"), List.of(), "tui.help.nextLink"),
                new Binding(Action.PREVIOUS_LINK, List.of("Shift-Tab"), List.of(), "tui.help.previousLink"),
                new Binding(Action.NEXT_HEADING, List.of("]"), List.of("t", "titre", "heading"), "help.nextHeading",
                        "tui.help.nextHeading"),
                new Binding(Action.PREVIOUS_HEADING, List.of("["), List.of("tp", "hp"), "help.previousHeading",
                        "tui.help.previousHeading"),
                new Binding(Action.FIND_NEXT, List.of("n", "F3"), List.of(), "tui.help.findNext"),
                new Binding(Action.FIND_PREVIOUS, List.of("N"), List.of(), "tui.help.findPrevious"),
                new Binding(Action.REMOVE, List.of("Delete", "d"), List.of(), "tui.help.remove"),
                new Binding(Action.QUIT, List.of("q"), List.of("q", "quitter", "quit"), "help.quit")));
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** The action a key of the full-screen reader triggers (names as in {@link Binding#keys()}), if any. */
    public Optional<Action> keyAction(String key) {
        for (Binding b : bindings) {
            if (b.keys().contains(key)) return Optional.of(b.action());
        }
        return Optional.empty();
    }

    /** The keys of an action, in the order of the table; empty when it has none. */
    public List<String> keysOf(Action action) {
        for (Binding b : bindings) {
            if (b.action() == action) return b.keys();
        }
        return List.of();
    }

    /** The action a line-mode word names (case-insensitive), if any. */
    public Optional<Action> lineAction(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Binding b : bindings) {
            if (b.lineWords().contains(w)) return Optional.of(b.action());
        }
        return Optional.empty();
    }
}
