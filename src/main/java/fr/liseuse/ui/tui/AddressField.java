package fr.liseuse.ui.tui;

import fr.liseuse.text.Messages;

/**
 * The field opened by {@code g}: an address or a file path typed inside the reader, which keeps it
 * out of the shell's history. Enter opens it, Esc closes the field.
 */
final class AddressField {

    private static final int MAX_LENGTH = 2000;

    private final StringBuilder text = new StringBuilder();

    void type(char c) {
        if (text.length() < MAX_LENGTH && !Character.isISOControl(c)) text.append(c);
    }

    void erase() {
        if (text.length() > 0) text.setLength(text.length() - 1);
    }

    /** What was typed, without surrounding blanks. */
    String address() {
        return text.toString().strip();
    }

    /** The field as shown, the caret at its end: {@code Adresse ou fichier à ouvrir : demo:/}. */
    String prompt(Messages messages) {
        return messages.get("tui.address.prompt") + " " + text;
    }
}
