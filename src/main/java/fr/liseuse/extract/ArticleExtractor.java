package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.RichText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of a page and writes it as typed blocks with one numbered link table.
 * Steps: measure the page and note lead candidates ({@link ArticleLead}), drop page furniture
 * ({@link BoilerplateFilter}), score and pick the content ({@link ContentFinder}), clean inside it
 * ({@link ContentCleaner}), write blocks of the lead and the content ({@link BlockBuilder}), then
 * drop furniture blocks by their words ({@link BoilerplateBlocks}).
 */
final class ArticleExtractor {

    /** Below this many characters of text, the page is read a second time, leniently. */
    private static final int SHORT = 250;
    private static final int MIN_GAIN = 100;

    /**
     * Main content of doc as typed blocks and the links of that content numbered once. Mutates doc.
     * A fault here is the caller's to catch ({@link PageParts}), which then gives the page's whole text.
     *
     * @param title the page title found by {@link MetadataReader}: a leading heading equal to it is dropped
     */
    Article extract(Document doc, String baseUri, String title) {
        Element body = doc.body();
        if (body == null) return new Article(List.of(), List.of(), false);
        return read(body, baseUri, title, new ContentRemovals());
    }

    private static Article read(Element body, String baseUri, String title, ContentRemovals removals) {
        Article strict = extract(body, baseUri, title, Reading.STRICT, removals);
        if (length(strict) >= SHORT) return strict;
        // Little or nothing found: names of classes may have misled (live reports whose entries are
        // called "comment"); read the page again from scratch without them and keep the richer reading.
        // Failing that, the whole page without its furniture tags is better than nothing.
        Article best = strict;
        for (Reading reading : new Reading[] {Reading.LENIENT, Reading.WHOLE_PAGE}) {
            removals.restore();
            Article again = extract(body, baseUri, title, reading, removals);
            if (length(again) >= 2 * length(best) + MIN_GAIN) best = again;
            if (length(best) >= SHORT) break;
        }
        return best;
    }

    /** How a page is read: trusting class names, ignoring them, or ignoring them and the scores too. */
    private enum Reading { STRICT, LENIENT, WHOLE_PAGE }

    private static Article extract(Element body, String baseUri, String title, Reading reading,
            ContentRemovals removals) {
        Content content = content(body, reading, removals);
        return build(content.roots(), content.lead(), content.measures(), baseUri, title, reading == Reading.STRICT,
                removals);
    }

    /** The content elements, the lead before them (or null) and each root's measure before cleaning. */
    private record Content(List<Element> roots, Element lead, List<ContentStats.Measure> measures) { }

    /**
     * Picks the content. The measures of the whole page (one per element, twice: before and after the
     * furniture goes) are dropped on return, before the blocks are written: on a page of 10 MiB they
     * are a fifth of what the extraction holds.
     */
    private static Content content(Element body, Reading reading, ContentRemovals removals) {
        ContentStats page = ContentStats.of(body);
        ArticleLead leads = ArticleLead.candidates(body, page);
        BoilerplateFilter.clean(body, page, reading == Reading.STRICT, removals);
        ContentStats found = ContentStats.of(body);
        List<Element> roots = reading == Reading.WHOLE_PAGE ? List.of(body)
                : new ArrayList<>(ContentFinder.find(body, found));
        Element lead = roots.get(0) == body ? null : leads.before(roots.get(0));
        List<ContentStats.Measure> measures = new ArrayList<>(roots.size());
        for (Element root : roots) measures.add(found.get(root));
        return new Content(roots, lead, measures);
    }

    /**
     * The same from content elements chosen by the caller (a site profile's selector): only the
     * furniture inside them is dropped. Mutates their document.
     */
    Article extract(List<Element> roots, String baseUri, String title) {
        List<Element> outer = new ArrayList<>();
        for (Element root : roots) {
            if (outer.stream().noneMatch(o -> root.parents().contains(o))) outer.add(root);
        }
        ContentRemovals removals = new ContentRemovals();
        for (Element root : outer) BoilerplateFilter.clean(root, ContentStats.of(root), true, removals);
        List<ContentStats.Measure> measures = new ArrayList<>(outer.size());
        for (Element root : outer) measures.add(ContentStats.of(root).get(root));
        return build(outer, null, measures, baseUri, title, true, removals);
    }

    /**
     * Blocks of the lead (may be null) and of the roots, cleaned inside, filtered, links renumbered.
     *
     * @param measured each root's measure before cleaning, in the order of the roots
     */
    private static Article build(List<Element> roots, Element lead, List<ContentStats.Measure> measured,
            String baseUri, String title, boolean names, ContentRemovals removals) {
        ContentLinks draft = new ContentLinks(baseUri);
        List<Block> blocks = new ArrayList<>();
        if (lead != null) blocks.addAll(BlockBuilder.build(List.of(lead), draft, ContentStats.of(lead)));
        for (int i = 0; i < roots.size(); i++) {
            Element root = roots.get(i);
            // the cleaned root's measures live only while its blocks are written
            blocks.addAll(BlockBuilder.build(List.of(root), draft,
                    ContentCleaner.clean(root, measured.get(i), names, removals)));
        }
        blocks = BoilerplateBlocks.filter(blocks, title);
        ContentLinks numbered = new ContentLinks(baseUri);
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(renumber(b, draft, numbered));
        return new Article(out, numbered.links(), ContentShape.articleLike(out));
    }

    private static int length(Article article) {
        int n = 0;
        for (Block b : article.blocks()) n += b.plainText().length();
        return n;
    }

    private static Block renumber(Block block, ContentLinks draft, ContentLinks numbered) {
        if (block instanceof Block.Heading) {
            Block.Heading h = (Block.Heading) block;
            return new Block.Heading(h.level(), renumber(h.content(), draft, numbered));
        }
        if (block instanceof Block.Paragraph) {
            return new Block.Paragraph(renumber(((Block.Paragraph) block).content(), draft, numbered));
        }
        if (block instanceof Block.Quote) {
            return new Block.Quote(renumber(((Block.Quote) block).content(), draft, numbered));
        }
        if (block instanceof Block.ListBlock) {
            Block.ListBlock l = (Block.ListBlock) block;
            List<RichText> items = new ArrayList<>();
            for (RichText item : l.items()) items.add(renumber(item, draft, numbered));
            return new Block.ListBlock(l.ordered(), items);
        }
        return block;
    }

    private static RichText renumber(RichText text, ContentLinks draft, ContentLinks numbered) {
        if (text.marks().isEmpty()) return text;
        List<RichText.LinkMark> marks = new ArrayList<>();
        for (RichText.LinkMark m : text.marks()) {
            Link link = draft.link(m.n());
            marks.add(new RichText.LinkMark(m.start(), m.end(), numbered.number(link.url(), link.text())));
        }
        return new RichText(text.text(), marks);
    }
}
