package fr.liseuse.ui.line;

import fr.liseuse.ui.Action;
import fr.liseuse.ui.KeyTable;
import java.util.Optional;

/**
 * One line the user typed, as line mode reads it: an action of the key table's line words and what
 * follows it ({@code ouvrir ADRESSE}, {@code chercher MOTS}), {@code /TEXT}, a number, an empty line
 * (more of the page), or nothing known ({@code action} null).
 *
 * @param text     the line without surrounding blanks, as typed (never shown unsanitised)
 * @param argument what follows the command word, or the text of {@code /TEXT}, or the digits of N
 */
record Typed(String text, Action action, String argument) {

    /** What a terminal sends for Esc typed alone on a line. */
    private static final String ESCAPE = "\u001b";
    /** Stands for the end of input, which no line can hold (lines never carry their end). */
    private static final String END = "\n";

    /** The end of input: quits, but only once the commands typed before it have run. */
    static Typed endOfInput() {
        return new Typed(END, Action.QUIT, "");
    }

    static Typed parse(String line, KeyTable keys) {
        String text = line.strip();
        if (text.equals(ESCAPE)) return new Typed(text, Action.CANCEL, "");
        if (text.isEmpty()) return new Typed(text, null, "");
        if (text.startsWith("/")) return new Typed(text, Action.FIND, text.substring(1).strip());
        if (text.matches("\\d{1,6}")) return new Typed(text, Action.OPEN_NUMBER, text);
        String[] words = text.split("\\s+", 2);
        Optional<Action> action = keys.lineAction(words[0]);
        return new Typed(text, action.orElse(null), words.length > 1 ? words[1].strip() : "");
    }

    /** An empty line: the next screen of the page being read. */
    boolean blank() {
        return text.isEmpty();
    }

    /**
     * Answered at once, even while a page loads or a search runs (CONTRACT §7): the emergency list,
     * help, quick exit, quit and cancel. Everything else waits for the page it may be about.
     */
    boolean atOnce() {
        if (text.equals(END)) return false;
        return action == Action.EMERGENCY || action == Action.HELP || action == Action.QUICK_EXIT
                || action == Action.QUIT || action == Action.CANCEL;
    }

    /** Nothing is read after it: quit or quick exit. */
    boolean last() {
        return action == Action.QUIT || action == Action.QUICK_EXIT;
    }
}
