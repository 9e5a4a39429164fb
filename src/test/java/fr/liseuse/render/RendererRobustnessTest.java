package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.liseuse.model.Block;
import fr.liseuse.model.Link;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.model.RichText.LinkMark;
import fr.liseuse.text.DisplayWidth;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd but sanitised pages, odd marks and tiny widths never make a renderer throw or misbehave. */
class RendererRobustnessTest {

    private static final String ALPHABET = "aé e\u0301ß日本語한 \u202f!*_[]`#>|\\<&-1.\n\t🙂x";

    private static String noise(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(ALPHABET.length());
            s.appendCodePoint(ALPHABET.codePointAt(Character.isLowSurrogate(ALPHABET.charAt(at)) ? at - 1 : at));
        }
        return Sanitizer.clean(s.toString());
    }

    private static RichText rich(Random random) {
        String text = noise(random, random.nextInt(40));
        List<LinkMark> marks = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            int start = random.nextInt(50) - 5;
            marks.add(new LinkMark(start, start + random.nextInt(12) - 2, 1 + random.nextInt(4)));
        }
        return new RichText(text, marks);
    }

    private static Page page(Random random) {
        List<Block> blocks = List.of(
                new Block.Heading(random.nextInt(8), rich(random)),
                new Block.Paragraph(rich(random)),
                new Block.ListBlock(random.nextBoolean(), List.of(rich(random), rich(random))),
                new Block.Quote(rich(random)),
                new Block.Table(List.of(List.of(noise(random, 5), noise(random, 9)), List.of(noise(random, 3)))),
                new Block.Image(noise(random, 6), random.nextBoolean() ? null : "https://ex.fr/" + random.nextInt()));
        return new Page(noise(random, 5), PageKind.values()[random.nextInt(3)], null, noise(random, 20), "fr",
                random.nextBoolean() ? "2025-13-45" : null, null, null, blocks,
                List.of(new Link(1, "a", "https://ex.fr/a"), new Link(3, "b", "https://ex.fr/(b)")),
                List.of(), List.of(), List.of(), null);
    }

    @Test
    void randomPagesRenderInEveryFormat() throws IOException {
        Random random = new Random(20251128);
        ObjectMapper mapper = new ObjectMapper();
        for (int round = 0; round < 300; round++) {
            Page page = page(random);
            int width = random.nextInt(12);
            StringBuilder text = new StringBuilder();
            new TextRenderer(width, random.nextBoolean(), Messages.french()).render(page, text);
            assertTrue(text.toString().endsWith("\n") && !text.toString().endsWith("\n\n"), text.toString());
            for (String line : text.toString().split("\n")) {
                assertTrue(line.equals(line.stripTrailing()), "trailing space: [" + line + "]");
                boolean fits = width == 0 || width >= 6 && DisplayWidth.of(line) <= width
                        || width < 6 || line.startsWith("[") || line.contains("https://");
                assertTrue(fits, width + ": " + line);
            }
            StringBuilder md = new StringBuilder();
            new MarkdownRenderer(random.nextBoolean()).render(page, md);
            assertTrue(md.toString().endsWith("\n"));
            StringBuilder json = new StringBuilder();
            new JsonRenderer().render(page, json);
            mapper.readTree(json.toString());
        }
    }
}
