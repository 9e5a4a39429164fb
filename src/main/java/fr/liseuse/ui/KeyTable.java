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
                new Binding(Action.OPEN_NUMBER, List.of("Enter"), List.of("N"), "help.number"),
                new Binding(Action.MENU, List.of("m"), List.of("m", "menu"), "help.menu"),
                new Binding(Action.LINKS, List.of("l"), List.of("l", "liens", "links"), "help.links"),
                new Binding(Action.READ, List.of(), List.of("lire", "read"), "help.read"),
                new Binding(Action.FIND, List.of("/"), List.of("/texte", "/text"), "help.find"),
                new Binding(Action.SEARCH, List.of("/"), List.of("chercher", "search"), "help.search"),
                new Binding(Action.SAVE, List.of("s"), List.of("sauver", "enregistrer", "save"), "help.save"),
                new Binding(Action.BACK, List.of("Esc", "Backspace", "Left"), List.of("r", "retour", "back"),
                        "help.back"),
                new Binding(Action.QUIT, List.of("q"), List.of("q", "quitter", "quit"), "help.quit")));
    }

    public List<Binding> bindings() {
        return bindings;
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
