package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.SiteHints;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;

/**
 * The secondary parts of a page (metadata, menu, search results, contacts), each run on its own so
 * that a fault in one costs that part only: the page comes out with the others and its article.
 *
 * @param faults told of each part that failed, by name ("metadata", "menu", "results", "contacts")
 */
record PageParts(
        Function<Input, Metadata> metadata,
        Function<Input, List<MenuEntry>> menu,
        Function<Input, Optional<SearchResults>> results,
        BiFunction<List<Block>, List<Link>, List<Contact>> contacts,
        BiConsumer<String, RuntimeException> faults) {

    /** What a part reads: the document, the address its links resolve against, the site's profile. */
    record Input(Document doc, String base, SiteHints hints) { }

    /** Runs one part; on a fault, tells {@link #faults} and gives {@code fallback}. */
    <T> T run(String part, Supplier<T> step, Supplier<T> fallback) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            faults.accept(part, e);
            return fallback.get();
        }
    }
}
