package fr.liseuse.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the words opening a date line say about its date: "Mis à jour le …" and "Updated …" give
 * the modification date; "Registriert: …", "Joined …", "Member since …" give the day a forum's
 * member signed up, never the publication of anything on the page.
 */
final class DateLabels {

    private static final String[] UPDATE = {"mis à jour", "mise à jour", "modifié", "updated", "last updated",
        "aktualisiert", "zuletzt", "letzte änderung"};
    private static final String[] MEMBERSHIP = {"registriert", "mitglied seit", "dabei seit", "joined", "join date",
        "member since", "inscrit", "inscription"};
    /** A label element longer than this is a sentence of its own, not the label of the date after it. */
    private static final int MAX_LABEL = 40;

    private DateLabels() { }

    /** Whether the line gives the modification date. */
    static boolean update(String line) {
        return startsWithAny(line, UPDATE);
    }

    /** Whether the line gives the day a member joined the site. */
    static boolean membership(String line) {
        return startsWithAny(line, MEMBERSHIP);
    }

    /**
     * The text of a date with the label written just before it in an element of its own
     * ({@code <strong>Registriert:</strong> 18.09.2008}); the text alone when none.
     */
    static String withLabel(TextNode text) {
        Node previous = text.previousSibling();
        while (previous instanceof TextNode && ((TextNode) previous).isBlank()) previous = previous.previousSibling();
        String label = previous instanceof Element ? label((Element) previous) : null;
        return label == null ? text.getWholeText() : label + " " + text.getWholeText();
    }

    /** The text of an element holding only a short text, as a label does; null for any other. */
    private static String label(Element el) {
        StringBuilder out = new StringBuilder();
        for (Node child : el.childNodes()) {
            if (!(child instanceof TextNode)) return null;
            out.append(((TextNode) child).getWholeText());
            if (out.length() > MAX_LABEL) return null;
        }
        return out.toString();
    }

    private static boolean startsWithAny(String line, String[] labels) {
        String s = line.stripLeading().toLowerCase(Locale.ROOT);
        for (String label : labels) if (s.startsWith(label)) return true;
        return false;
    }
}
