package fr.liseuse.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The analyzers of both languages, shared by indexing, queries and snippets so they always agree. */
final class Analysis implements Closeable {

    /** One analysed word: its term, position (stop words leave gaps) and place in the text. */
    record Token(String term, int position, int start, int end) { }

    private final Analyzer french = new FrenchFolding();
    private final Analyzer english = new EnglishFolding();
    private final Analyzer indexing = new PerFieldAnalyzerWrapper(french, Map.of(
            Language.ENGLISH.titleField(), english, Language.ENGLISH.textField(), english));

    Analyzer analyzer(Language language) {
        return language == Language.ENGLISH ? english : french;
    }

    /** Picks the analyzer from the field name. */
    Analyzer forIndexing() {
        return indexing;
    }

    /** The tokens of {@code text}, reading at most {@code maxChars} characters of it. */
    List<Token> tokens(Language language, String text, int maxChars) throws IOException {
        List<Token> tokens = new ArrayList<>();
        scan(language, text, maxChars, tokens::add);
        return tokens;
    }

    /**
     * Gives the tokens of {@code text} (at most {@code maxChars} characters of it) to {@code reader} in
     * order, and stops reading the text as soon as it returns false.
     */
    void scan(Language language, String text, int maxChars, Predicate<Token> reader) throws IOException {
        String input = text.length() > maxChars ? text.substring(0, maxChars) : text;
        try (TokenStream stream = analyzer(language).tokenStream(language.textField(), input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            boolean more = true;
            while (more && stream.incrementToken()) {
                position += increment.getPositionIncrement();
                more = reader.test(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
    }

    @Override
    public void close() {
        indexing.close();
        french.close();
        english.close();
    }
}
