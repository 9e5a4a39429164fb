package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.text.Messages;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.KeyTable;
import org.junit.jupiter.api.Test;

/** Line mode's help comes from the key table and lists only what can be typed in line mode. */
class LineModeHelpTest {

    @Test
    void helpListsEveryLineCommandOfTheTableAndNoFullScreenKey() {
        Messages fr = Messages.french();
        String text = LineSessions.run(fr, "aide\nq\n", "demo:/");
        for (Binding b : KeyTable.defaults().bindings()) {
            String line = String.join(", ", b.lineWords()) + " : " + fr.get(b.helpKey());
            assertTrue(b.lineWords().isEmpty() != text.contains(line), b.action() + " in:\n" + text);
        }
        assertTrue(text.lines().noneMatch(l -> l.startsWith(" : ")), text);
    }
}
