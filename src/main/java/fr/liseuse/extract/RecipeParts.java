package fr.liseuse.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The parts a page marks, with schema.org microdata, as the body of its recipe: the ingredients and
 * the steps. Their boxes are lists of short lines that a box of prose about the dish (its story, a
 * FAQ) outweighs, yet they are what a reader of a recipe came for: the content widens to hold them.
 */
final class RecipeParts {

    /** schema.org properties of a Recipe that hold its body ("ingredients" is the older name). */
    private static final Set<String> PROPERTIES = Set.of("recipeIngredient", "ingredients", "recipeInstructions");

    private RecipeParts() {
    }

    /** Whether el holds one of the parts of a recipe, by its {@code itemprop} (a space-separated list). */
    static boolean marks(Element el) {
        if (!el.hasAttr("itemprop")) return false;
        for (String property : el.attr("itemprop").trim().split("\\s+")) {
            if (PROPERTIES.contains(property)) return true;
        }
        return false;
    }

    /**
     * The content widened to the nearest element holding it and every marked part of the recipe (the
     * elements {@link #marks} accepts, found by the caller's walk of the page); the content unchanged when
     * the page marks none, when it already holds them all, or when only the whole body would hold both.
     */
    static List<Element> widen(List<Element> content, List<Element> marked, Element body) {
        if (marked.isEmpty() || marked.stream().allMatch(part -> inside(part, content))) return content;
        Element common = content.get(0);
        for (Element el : content) common = commonAncestor(common, el);
        for (Element part : marked) common = commonAncestor(common, part);
        return common == null || common == body || common.normalName().equals("html") ? content : List.of(common);
    }

    private static boolean inside(Element part, List<Element> content) {
        for (Element root : content) {
            if (part == root || part.parents().contains(root)) return true;
        }
        return false;
    }

    private static Element commonAncestor(Element a, Element b) {
        if (a == null) return null;
        List<Element> above = b.parents();
        for (Element el = a; el != null; el = el.parent()) {
            if (el == b || above.contains(el)) return el;
        }
        return null;
    }
}
