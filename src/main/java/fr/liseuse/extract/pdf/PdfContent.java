package fr.liseuse.extract.pdf;

import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import java.util.List;

/** What a PDF gives a page: title, language, date, blocks and their numbered links; all clean. */
public record PdfContent(String title, String lang, String published, List<Block> blocks, List<Link> links) {

    public PdfContent {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }
}
