package fr.liseuse.extract;

import fr.liseuse.model.Block;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blocks inside the content that point elsewhere rather than say something: headline links to other
 * articles ("TAYLOR SWIFT CLEARED TO PERFORM…", a run of linked titles), lone button words ("close",
 * "TRENDING:"), and images whose text says nothing new (file names, the same alternative text again,
 * the headline, or the caption written next to them).
 */
final class BoilerplateTeasers {

    private static final double WHOLE_LINK = 0.9;
    private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);
    /** Longest button word in those scripts ("分享", "返回顶部"). */
    private static final int UNSPACED_WORD = 4;
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}]+([-_.][\\p{L}\\p{N}]+){2,}");
    private static final Pattern DOWNLOAD = Pattern.compile("(?iu)télécharg|download|herunterlad|descarg|\\bpdf\\b"
            + "|\\bformulaire|\\bform\\b|formular");

    private final List<Block> blocks;
    private final String headline;
    private final Set<String> alts = new HashSet<>();

    BoilerplateTeasers(List<Block> blocks, String headline) {
        this.blocks = blocks;
        this.headline = headline;
    }

    /** True when the block at index i of the content is a teaser, a button word or a redundant image. */
    boolean drops(int i) {
        Block b = blocks.get(i);
        if (b instanceof Block.Image) return redundant((Block.Image) b, i);
        if (!(b instanceof Block.Paragraph || b instanceof Block.Heading)) return false;
        String text = b.plainText().strip();
        if (b instanceof Block.Paragraph && buttonWord(text)) return true;
        if (!wholeLink(b) || DOWNLOAD.matcher(text).find()) return false;
        return shouting(text) || b instanceof Block.Paragraph && (wholeLink(i - 1) || wholeLink(i + 1));
    }

    private boolean wholeLink(int i) {
        if (i < 0 || i >= blocks.size()) return false;
        Block b = blocks.get(i);
        return (b instanceof Block.Paragraph || b instanceof Block.ListBlock) && wholeLink(b);
    }

    private static boolean wholeLink(Block b) {
        return BoilerplateBlocks.linkDensity(b) >= WHOLE_LINK;
    }

    /** One word and no digits: a button or label left by a widget ("close", "TRENDING:", "Partager", "分享"). */
    private static boolean buttonWord(String text) {
        return !text.isEmpty() && text.length() < 20 && text.indexOf(' ') < 0 && text.chars().noneMatch(Character::isDigit)
                && unspacedLetters(text) <= UNSPACED_WORD;
    }

    /**
     * Letters of the scripts written without spaces between words (Chinese, Japanese, Thai…): there a
     * line with no space is a sentence, not one word, once it is longer than a word.
     */
    private static long unspacedLetters(String text) {
        return text.codePoints().filter(c -> UNSPACED.contains(Character.UnicodeScript.of(c))).count();
    }

    /** Three words or more, nearly all letters in capitals. */
    private static boolean shouting(String text) {
        int upper = 0;
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) upper++;
        }
        return letters >= 12 && upper >= 0.9 * letters && text.split("\\s+").length >= 3;
    }

    private boolean redundant(Block.Image image, int i) {
        String alt = ContentText.loose(image.alt());
        if (FILE_NAME.matcher(image.alt().strip()).matches()) return true;
        if (!alts.add(alt)) return true;
        if (!headline.isEmpty() && (alt.contains(headline) || headline.contains(alt))) return true;
        return near(alt, i - 1) || near(alt, i + 1);
    }

    /** The block at index i repeats or contains the text alt (a caption beside its image). */
    private boolean near(String alt, int i) {
        if (i < 0 || i >= blocks.size() || alt.isEmpty()) return false;
        String other = ContentText.loose(blocks.get(i).plainText());
        return other.contains(alt) || !other.isEmpty() && alt.contains(other);
    }
}
