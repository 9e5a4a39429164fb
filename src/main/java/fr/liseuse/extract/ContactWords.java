package fr.liseuse.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The few French and English words a contact label is judged by: the verbs that ask to call or
 * write, the nouns that only say "a number follows", and the small words a label must not end on.
 * Structure (list items, headings, brackets, links) does most of the work; these lists stay short.
 */
final class ContactWords {

    private static final Set<String> CALL_VERBS = Set.of(
            "appelez", "appeler", "appelle", "composez", "composer", "contactez", "contacter", "joignez", "joindre",
            "téléphonez", "téléphoner", "écrivez", "écrire", "envoyez", "envoyer",
            "call", "dial", "phone", "ring", "contact", "reach", "text", "email", "write", "send");
    private static final Set<String> CONTACT_NOUNS = Set.of(
            "tél", "tel", "téléphone", "numéro", "n°", "courriel", "mail", "e-mail", "email", "fax", "sms", "contact",
            "phone", "telephone", "number", "helpline");
    private static final Set<String> ARTICLES = Set.of(
            "le", "la", "l", "les", "un", "une", "des", "the", "a", "an");
    /** Words a phrase cannot end on: prepositions, articles, conjunctions and subject pronouns. */
    private static final Set<String> DANGLING = Set.of(
            "au", "aux", "à", "de", "du", "d", "des", "par", "sur", "pour", "en", "via", "ou", "et", "qu", "que",
            "vous", "nous", "il", "elle", "ils", "elles", "je", "tu", "votre", "vos", "son", "sa", "ses",
            "at", "on", "to", "of", "by", "for", "in", "or", "and", "please", "you", "us", "we", "they", "your", "their",
            "its", "is", "are", "est", "sont");

    private ContactWords() { }

    /** The word as the lists hold it: lower case, without the punctuation and elision around it. */
    static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a)) && w.charAt(a) != '°') a++;
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1)) && w.charAt(b - 1) != '°') b--;
        return w.substring(a, b);
    }

    static boolean callVerb(String word) {
        return CALL_VERBS.contains(bare(word));
    }

    /** A word that says how to reach someone but not who: "appelez", "le", "Tél.", "au". */
    static boolean cue(String word) {
        String w = bare(word);
        return w.isEmpty() || CALL_VERBS.contains(w) || CONTACT_NOUNS.contains(w) || ARTICLES.contains(w)
                || DANGLING.contains(w);
    }

    /** A word a label must not end on ("au", "le", "the", "at"…), or one with an open elision ("l'"). */
    static boolean dangling(String word) {
        String w = bare(word);
        return w.isEmpty() || DANGLING.contains(w) || ARTICLES.contains(w) || CALL_VERBS.contains(w)
                || word.endsWith("'") || word.endsWith("’");
    }
}
