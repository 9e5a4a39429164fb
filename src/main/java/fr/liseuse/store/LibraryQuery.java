package fr.liseuse.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What the user typed, as a Lucene query built from analysed terms (no query-parser syntax to trip
 * on): every word must appear, in the title or the text (a title match counts double); words in
 * quotes ({@code "…"}, {@code «…»}, {@code “…”}) must appear together, in that order. Each language
 * analyses the words its own way and searches its own fields.
 */
final class LibraryQuery {

    private static final float TITLE_BOOST = 2f;
    private static final String QUOTES = "\"«»“”";

    /** A run of words, or a quoted phrase. */
    record Part(String text, boolean phrase) { }

    private final Query query;
    private final Map<Language, Set<String>> terms;

    private LibraryQuery(Query query, Map<Language, Set<String>> terms) {
        this.query = query;
        this.terms = terms;
    }

    static LibraryQuery of(String text, Analysis analysis) throws IOException {
        List<Part> parts = parts(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Map<Language, Set<String>> terms = new EnumMap<>(Language.class);
        boolean searchable = false;
        for (Language language : Language.values()) {
            Set<String> words = new HashSet<>();
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int clauses = 0;
            for (Part part : parts) {
                List<Analysis.Token> tokens = analysis.tokens(language, part.text(), Integer.MAX_VALUE);
                if (part.phrase() && tokens.size() > 1) {
                    all.add(either(phrase(language.titleField(), tokens), phrase(language.textField(), tokens)), Occur.MUST);
                    clauses++;
                } else {
                    for (Analysis.Token token : tokens) {
                        all.add(either(new TermQuery(new Term(language.titleField(), token.term())),
                                new TermQuery(new Term(language.textField(), token.term()))), Occur.MUST);
                        clauses++;
                    }
                }
                tokens.forEach(token -> words.add(token.term()));
            }
            terms.put(language, words);
            if (clauses > 0) {
                any.add(all.build(), Occur.SHOULD);
                searchable = true;
            }
        }
        return new LibraryQuery(searchable ? any.build() : null, terms);
    }

    /** False when every word was a stop word (or there were none): nothing to search for. */
    boolean searchable() {
        return query != null;
    }

    Query query() {
        return query;
    }

    Set<String> terms(Language language) {
        return terms.getOrDefault(language, Set.of());
    }

    static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                add(parts, current, quoted);
                quoted = !quoted;
            } else {
                current.append(c);
            }
        }
        add(parts, current, quoted);
        return parts;
    }

    private static void add(List<Part> parts, StringBuilder text, boolean phrase) {
        if (!text.toString().isBlank()) parts.add(new Part(text.toString().strip(), phrase));
        text.setLength(0);
    }

    private static Query either(Query inTitle, Query inText) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD)
                .add(inText, Occur.SHOULD)
                .build();
    }

    private static Query phrase(String field, List<Analysis.Token> tokens) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (Analysis.Token token : tokens) phrase.add(new Term(field, token.term()), token.position() - first);
        return phrase.build();
    }
}
