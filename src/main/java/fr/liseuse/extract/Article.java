package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import java.util.List;

/**
 * The main content of a page.
 *
 * @param blocks      typed blocks in reading order; the headline is not repeated here
 * @param links       the links of those blocks, numbered once from 1, de-duplicated by URL
 * @param articleLike true when the page holds a real article body (enough prose), false for hubs
 */
record Article(List<Block> blocks, List<Link> links, boolean articleLike) {

    Article {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }
}
