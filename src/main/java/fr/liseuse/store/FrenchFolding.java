package fr.liseuse.store;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis that forgives missing accents: elision ({@code l'école}, {@code l’école} → école),
 * lower case, accent folding ({@code Noël} → noel, {@code cœur} → coeur), French stop words, then the
 * light stemmer (plurals, {@code -aux} → {@code -al}). Lucene's own FrenchAnalyzer folds accents only
 * inside the stemmer, which skips short words: {@code noël} and {@code noel} would not meet.
 */
final class FrenchFolding extends Analyzer {

    private final CharArraySet stopWords = foldedStopWords();

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * The standard French stop words, folded like the text. "été" is left out: in running text it is
     * mostly the verb, but in a search box it is the summer ("activités d'été").
     */
    private static CharArraySet foldedStopWords() {
        CharArraySet standard = FrenchAnalyzer.getDefaultStopSet();
        CharArraySet folded = new CharArraySet(standard.size(), true);
        for (Object word : standard) {
            String plain = fold(new String((char[]) word));
            if (!plain.equals("ete") && !plain.equals("etes")) folded.add(plain);
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    private static String fold(String word) {
        String noMarks = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noMarks.replace("œ", "oe").replace("æ", "ae");
    }
}
