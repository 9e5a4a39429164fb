package fr.liseuse.extract;

import fr.liseuse.text.Sanitizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a byline string can name people, and its clean form: without the "By"/"Par"/"Von" that
 * introduces it and without the date or other matter that follows the name on the same line.
 */
final class PersonName {

    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:posted|written|écrit|publié|rédigé|geschrieben)\\s+)?(?:by|par|von)\\b\\s*:?\\s*");
    /** Where the name part of a byline line ends: a separator, or a word holding a digit (a date, a time). */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s+[|•·—–-]\\s+|\\s*\\S*\\d.*$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:|•·—–-]+$");
    private static final Pattern URL_OR_ADDRESS =
            Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*://|(?:mailto|tel|urn):|/|www\\.).*|.*@.*");
    /** Account names some publishing tools give as the author when nobody signed. */
    private static final Set<String> ACCOUNTS = Set.of("admin", "administrator", "administrateur", "root",
            "webmaster", "user", "guest", "anonymous", "anonyme", "unknown", "inconnu", "null", "undefined",
            "none", "default");
    private static final int MAX_LENGTH = 120;
    private static final int MAX_WORDS = 16;

    private PersonName() { }

    /** The name part of a byline ("By Jane Smith | 4 March 2025" gives "Jane Smith"), or null. */
    static String clean(String raw) {
        if (raw == null) return null;
        String s = LEAD.matcher(Sanitizer.inline(raw).strip()).replaceFirst("");
        s = AFTER_NAME.matcher(s).replaceFirst("");
        s = TRAILING.matcher(s).replaceFirst("").strip();
        return plausible(s) ? s : null;
    }

    /** A name, not a web or e-mail address, an account name, a number or a sentence. */
    static boolean plausible(String s) {
        if (s == null) return false;
        String t = s.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || t.split("\\s+").length > MAX_WORDS) return false;
        if (t.codePoints().noneMatch(Character::isLetter)) return false;
        return !URL_OR_ADDRESS.matcher(t).matches() && !ACCOUNTS.contains(t.toLowerCase(Locale.ROOT));
    }

    /** Whether a visible line starts a name the way bylines do: a capital (or a caseless script). */
    static boolean startsLikeName(String name) {
        int first = name.codePointAt(0);
        return Character.isUpperCase(first) || Character.isLetter(first) && !Character.isLowerCase(first);
    }

    /** Whether the text opens with a byline word ("By", "Par", "Von"). */
    static boolean hasLead(String text) {
        return LEAD.matcher(text).lookingAt();
    }
}
