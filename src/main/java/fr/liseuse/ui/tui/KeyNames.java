package fr.liseuse.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Locale;

/** Names key strokes the way the key table writes them: {@code F2}, {@code Ctrl-X}, {@code !}, {@code Down}. */
final class KeyNames {

    private KeyNames() { }

    static String of(KeyStroke key) {
        String base = base(key);
        if (base == null) return "";
        if (key.getKeyType() == KeyType.Character) {
            if (key.isCtrlDown()) return "Ctrl-" + base.toUpperCase(Locale.ROOT);
            if (key.isAltDown()) return "Alt-" + base;
            return base;
        }
        String name = base;
        if (key.isShiftDown() && key.getKeyType() != KeyType.ReverseTab) name = "Shift-" + name;
        if (key.isAltDown()) name = "Alt-" + name;
        if (key.isCtrlDown()) name = "Ctrl-" + name;
        return name;
    }

    /** True for a plain character a text field takes as typing. */
    static boolean typed(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown();
    }

    private static String base(KeyStroke key) {
        KeyType type = key.getKeyType();
        return switch (type) {
            case Character -> key.getCharacter() == ' ' ? "Space" : String.valueOf(key.getCharacter());
            case Escape -> "Esc";
            case Enter -> "Enter";
            case Backspace -> "Backspace";
            case Tab -> "Tab";
            case ReverseTab -> "Shift-Tab";
            case ArrowLeft -> "Left";
            case ArrowRight -> "Right";
            case ArrowUp -> "Up";
            case ArrowDown -> "Down";
            case PageUp -> "PageUp";
            case PageDown -> "PageDown";
            case Home -> "Home";
            case End -> "End";
            case Delete -> "Delete";
            case Insert -> "Insert";
            case F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12 -> type.name();
            default -> null;
        };
    }
}
