package fr.liseuse.extract;

import fr.liseuse.model.Block;
import java.util.List;

/** Tells an article (enough running prose) from a hub or home page (teasers, link lists). */
final class ContentShape {

    private static final int MIN_PROSE = 300;
    private static final int PROSE_PARAGRAPH = 80;

    private ContentShape() { }

    static boolean articleLike(List<Block> blocks) {
        int prose = 0;
        int headings = 0;
        int linkedHeadings = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Heading) {
                headings++;
                if (BoilerplateBlocks.linkDensity(b) > 0.5) linkedHeadings++;
            } else if (b instanceof Block.Paragraph || b instanceof Block.Quote) {
                String t = b.plainText();
                if (t.length() >= PROSE_PARAGRAPH && BoilerplateBlocks.linkDensity(b) < 0.3) prose += t.length();
            }
        }
        boolean teasers = headings >= 3 && linkedHeadings * 2 >= headings;
        return prose >= MIN_PROSE && !teasers;
    }
}
