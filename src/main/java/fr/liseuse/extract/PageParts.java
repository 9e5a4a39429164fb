package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.PagePart;
import fr.liseuse.model.SiteHints;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;

/**
 * The steps a page is built from (metadata, article, menu, search results, contacts), each run
 * through one guard so that a fault in one costs that part only: the page comes out with the others,
 * and with the whole body text when the article step itself fails.
 *
 * @param article reads the main content; given the title the metadata found
 * @param faults  told of each part that failed
 */
record PageParts(
        Function<Input, Metadata> metadata,
        BiFunction<Input, String, Article> article,
        Function<Input, List<MenuEntry>> menu,
        Function<Input, Optional<SearchResults>> results,
        BiFunction<List<Block>, List<Link>, List<Contact>> contacts,
        PartFaults faults) {

    /** What a part reads: the document, the address its links resolve against, the site's profile. */
    record Input(Document doc, String base, SiteHints hints) { }

    /** Runs one part of SOURCE's page; on a fault, tells {@link #faults} and gives {@code fallback}. */
    <T> T run(String source, PagePart part, Supplier<T> step, Supplier<T> fallback) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            faults.failed(source, part, e);
            return fallback.get();
        }
    }
}
