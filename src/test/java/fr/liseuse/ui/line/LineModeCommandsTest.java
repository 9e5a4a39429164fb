package fr.liseuse.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.text.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The line-mode commands for moving in a page and in the history, typed as a user types them, on the demo site. */
class LineModeCommandsTest {

    private static final Pattern NUMBERED = Pattern.compile("^ *(\\d+)\\. \\S.*");
    private static final Pattern SECTION = Pattern.compile("^ *Rubrique : \\S.*");

    private static List<String> menuLines(String shown) {
        List<String> lines = shown.lines().toList();
        int start = lines.indexOf("Menu du site :") + 1;
        int end = start;
        while (end < lines.size() && (NUMBERED.matcher(lines.get(end)).matches()
                || SECTION.matcher(lines.get(end)).matches())) end++;
        return lines.subList(start, end);
    }

    @Test
    void everyMenuLineEitherOpensAPageOrIsAnnouncedAsASection() {
        List<String> menu = menuLines(LineSessions.run(Messages.french(), "m\n", "demo:/"));
        assertTrue(menu.contains("Rubrique : Au quotidien"), String.join("\n", menu));
        assertTrue(menu.contains("  1. Logement"), "the section's entries are numbered under it:\n" + String.join("\n", menu));
        List<Integer> numbers = menu.stream().map(NUMBERED::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertEquals(IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers, "numbered one after the other");

        String every = IntStream.rangeClosed(1, numbers.size()).mapToObj(n -> "m\n" + n + "\n").collect(Collectors.joining());
        String shown = LineSessions.run(Messages.french(), every, "demo:/");
        assertEquals(numbers.size() + 1, shown.lines().filter(l -> l.equals("Chargement… terminé.")).count(), shown);
        assertFalse(shown.contains("n'ouvre pas") || shown.contains("Échec"), shown);
    }

    @Test
    void forwardReturnsToThePageLeftByBack() {
        String shown = LineSessions.run(Messages.french(), "m\n1\nr\nav\nav\n", "demo:/");
        List<String> lines = shown.lines().toList();
        String opened = lines.get(lines.lastIndexOf("Chargement… terminé.") + 1);
        int forward = lines.indexOf("Page suivante.");
        assertTrue(forward > 0, shown);
        assertEquals(opened, lines.get(forward + 1), shown);
        assertTrue(lines.get(forward + 2).startsWith("Pas de page suivante"), shown);
        assertTrue(LineSessions.run(Messages.english(), "m\n1\nback\nforward\n", "demo:/").contains("Next page."));
    }

    @Test
    void readNReadsFromThatLineAndSaysTheRangeWhenItIsOutside() {
        String shown = LineSessions.run(Messages.french(), "/hectares\n\nlire 1\nlire 9999\nlire deux\n", "demo:/sortir/parcs");
        List<String> lines = shown.lines().toList();
        Matcher hit = Pattern.compile("Ligne (\\d+) : (.*)").matcher(shown);
        assertTrue(hit.find(), shown);
        int after = lines.indexOf("Entrée lit à partir de la ligne " + hit.group(1) + " ; « lire N » à partir de la ligne N.");
        assertEquals(hit.group(2), lines.get(after + 1).strip(), "Enter reads from the match");
        assertTrue(lines.contains("Sortir : parcs et espaces naturels de la métropole"), "lire 1 reads the title");
        assertEquals(2, lines.stream().filter(l -> l.matches("La page a \\d+ lignes : .*")).count(), shown);
    }

    @Test
    void headingCommandsSayTheHeadingsInBothLanguages() {
        String fr = LineSessions.run(Messages.french(), "t\nt\nt\ntp\n", "demo:/sortir/parcs");
        List<String> lines = fr.lines().toList();
        int first = lines.indexOf("Sortir : parcs et espaces naturels de la métropole");
        assertTrue(first > 0, fr);
        String second = lines.get(first + 1);
        String third = lines.get(first + 2);
        assertEquals(List.of(second), lines.subList(first + 3, first + 4), "back to the heading before the third:\n" + fr);
        String en = LineSessions.run(Messages.english(), "heading\nheading\nheading\nhp\n", "demo:/sortir/parcs");
        assertTrue(en.contains(second + "\n" + third + "\n" + second + "\n"), en);
    }
}
