package fr.liseuse.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts a {@link Page} is built from. The article and the metadata are always read; a caller
 * asks for the others only when its output shows them, and a fault in any part costs that part only.
 */
public enum PagePart {
    METADATA("metadata"), ARTICLE("article"), MENU("menu"), RESULTS("results"), CONTACTS("contacts");

    /** Everything: what JSON and the reader show. */
    public static final Set<PagePart> ALL = Set.of(values());

    /** The metadata and the article, always read, with the {@code others} an output shows. */
    public static Set<PagePart> articleAnd(PagePart... others) {
        EnumSet<PagePart> parts = EnumSet.of(METADATA, ARTICLE);
        parts.addAll(Arrays.asList(others));
        return Set.copyOf(parts);
    }

    private final String id;

    PagePart(String id) { this.id = id; }

    /** The part's name in messages keys and diagnostics ({@code menu}). */
    public String id() { return id; }
}
