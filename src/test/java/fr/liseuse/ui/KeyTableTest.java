package fr.liseuse.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.text.Messages;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one key table: no key does two things, every binding has help in both languages. */
class KeyTableTest {

    private final KeyTable table = KeyTable.defaults();

    @Test
    void noKeyIsBoundToTwoActions() {
        Map<String, Action> seen = new HashMap<>();
        for (Binding b : table.bindings()) {
            for (String key : b.keys()) {
                Action before = seen.put(key, b.action());
                assertTrue(before == null, key + " bound to " + before + " and " + b.action());
            }
        }
    }

    @Test
    void everyBindingHasHelpTextInFrenchAndEnglish() {
        for (Messages m : new Messages[] {Messages.french(), Messages.english()}) {
            for (Binding b : table.bindings()) {
                assertNotEquals(b.helpKey(), m.get(b.helpKey()), m.lang() + " " + b.action());
                assertNotEquals(b.keyHelpKey(), m.get(b.keyHelpKey()), m.lang() + " " + b.action());
            }
        }
    }

    @Test
    void contractKeysTriggerTheirActions() {
        assertEquals(Optional.of(Action.EMERGENCY), table.keyAction("F2"));
        assertEquals(Optional.of(Action.EMERGENCY), table.keyAction("!"));
        assertEquals(Optional.of(Action.HELP), table.keyAction("F1"));
        assertEquals(Optional.of(Action.HELP), table.keyAction("?"));
        assertEquals(Optional.of(Action.QUICK_EXIT), table.keyAction("Ctrl-X"));
        assertEquals(Optional.of(Action.QUICK_EXIT), table.keyAction("F12"));
        assertEquals(Optional.of(Action.FIND), table.keyAction("/"));
        assertEquals(Optional.of(Action.MENU), table.keyAction("m"));
        assertEquals(Optional.of(Action.LINKS), table.keyAction("l"));
        assertEquals(Optional.of(Action.OPEN_NUMBER), table.keyAction("Enter"));
        for (String back : new String[] {"Esc", "Backspace", "Left"}) {
            assertEquals(Optional.of(Action.BACK), table.keyAction(back));
        }
        assertEquals(Optional.of(Action.QUIT), table.keyAction("q"));
        assertTrue(Action.EMERGENCY.global() && Action.HELP.global() && Action.QUICK_EXIT.global());
    }

    @Test
    void lineWordsStillFindTheirActions() {
        assertEquals(Optional.of(Action.EMERGENCY), table.lineAction("urgence"));
        assertEquals(Optional.of(Action.QUICK_EXIT), table.lineAction("sortie"));
        assertEquals(Optional.empty(), table.lineAction(""));
    }
}
