package fr.liseuse.extract.pdf;

import java.util.Locale;
import java.util.Set;

/** French or English, from the most common small words of a text; null when neither clearly wins. */
final class LanguageGuess {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un", "pour",
            "dans", "par", "sur", "vous", "votre", "vos", "qui", "que", "au", "aux", "en", "avec", "pas", "ne", "sont");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "for", "you", "your", "with",
            "that", "this", "on", "by", "be", "it", "or", "from", "not", "can", "will", "have", "an", "as", "at");
    private static final int ENOUGH = 5;

    private LanguageGuess() { }

    static String of(String text) {
        int french = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (FRENCH.contains(word)) french++;
            if (ENGLISH.contains(word)) english++;
        }
        if (french >= ENOUGH && french > 2 * english) return "fr";
        if (english >= ENOUGH && english > 2 * french) return "en";
        return null;
    }
}
