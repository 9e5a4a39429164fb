package fr.liseuse.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Second pass, inside the chosen content only, bottom-up so each box is judged on what is left of
 * it: drops boxes that read as furniture (mostly links, form fields, image strips, embeds).
 */
final class ContentCleaner implements ContentStats.Visitor {

    private final int contentText;
    private final boolean names;

    private ContentCleaner(int contentText, boolean names) {
        this.contentText = contentText;
        this.names = names;
    }

    /** Longest text of a box that may be a contact line (two numbers, or an address, and a lead). */
    private static final int CONTACT_BOX = 80;

    private static final Set<String> JUDGED = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "fieldset", "header", "aside", "nav", "article", "figure", "span");

    /**
     * Cleans root and returns the measures of what is left.
     *
     * @param found root's measure before cleaning
     * @param names whether class and id names count (a second, lenient reading ignores them)
     * @param log   where removals are noted
     */
    static ContentStats clean(Element root, ContentStats.Measure found, boolean names, ContentRemovals log) {
        return ContentStats.of(root, new ContentCleaner(found.text, names), log);
    }

    @Override
    public boolean removes(Element el, ContentStats.Measure m, ContentStats stats) {
        String tag = el.normalName();
        if (!JUDGED.contains(tag)) return false;
        if (m.text == 0) return m.images == 0;
        // a box holding most of the content is the content: short articles are often mostly links
        if (m.text * 2 > contentText) return false;
        // a box that only gives a number or an address (often as a tel: or mailto: link) is content here
        if (m.text <= CONTACT_BOX && ContactLine.is(el.text())) return false;
        int weight = names && !RunningText.inSentence(el) ? BoilerplateVocabulary.weight(el) : 0;
        if (weight < 0 && m.prose < 2 && m.text < 2000) return true;
        if (names && m.prose < 3 && BoilerplateVocabulary.hard(BoilerplateVocabulary.words(el))) return true;
        if (m.commas >= 10) return false;
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double links = m.linkDensity();
        if (list) return links > 0.6 && m.commas < 3;
        if (tag.equals("span")) return false;
        int p = m.paragraphs;
        if (m.images > 1 && p < m.images * 0.5 && !tag.equals("figure")) return m.text < 200;
        if (m.items - 100 > p) return true;
        if (m.inputs > p / 3.0 && m.inputs > 0) return true;
        if (p >= 5 && links < 0.5 && weight >= 0) return false;
        if (m.text < 25 && (m.images == 0 || m.images > 2) && links > 0 && m.headingText < 0.9 * m.text) return true;
        if (weight < 25 && links > 0.25) return true;
        if (weight >= 25 && links > 0.5) return true;
        return m.embeds > 1 || m.embeds == 1 && m.text < 75;
    }
}
