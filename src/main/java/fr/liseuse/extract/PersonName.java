package fr.liseuse.extract;

import fr.liseuse.text.Sanitizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a byline string can name people, and its clean form: without the "By"/"Par"/"Von" or the
 * "Author:" label that introduces it and without the date or other matter that follows the name on
 * the same line.
 */
final class PersonName {

    private static final String BY = "(?:(?:posted|written|écrit|publié|rédigé|geschrieben|eingestellt|view all posts"
            + "|all posts)\\s+)?(?:by|par|von)\\b";
    /** The words opening a visible byline line. */
    private static final Pattern LINE_LEAD = Pattern.compile("(?iu)^" + BY);
    /**
     * What may stand before the name in a byline: the words of a visible line, or in an element the
     * page marks as its author, a label ("Author:", "Auteur :"), which a visible line may also give
     * for a book or a film the article is about.
     */
    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:" + BY + "|(?:author|autor|autorin|auteur|auteure|autrice|text|texte)\\s*(?=:))\\s*:?\\s*");
    /** A date line naming its author last: "Posted on March 4, 2025 by Jane Smith". */
    private static final Pattern POSTED_THEN_BY = Pattern.compile(
            "(?iu)^(?:posted|published|publié|publiée|mis en ligne|veröffentlicht)\\b.{0,60}?\\s(?:by|par|von)\\s+(?=\\S)");
    /** Where the name part of a byline line ends: a separator, or a word holding a digit (a date, a time). */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s+[|•·—–-]\\s.*$|\\s*\\S*\\d.*$");
    /**
     * The words of a date that come before its first digits ("By Jane Smith on Thursday, March 11,
     * 2025"): left behind once the digits are cut, they are no part of the name.
     */
    private static final Pattern DATE_WORDS_AT_END = Pattern.compile("(?iu)(?:(?:^|[\\s,]+)(?:"
            + "on|am|published|posted|updated|last updated|publiée? le|mis à jour le|veröffentlicht am|aktualisiert am"
            + "|january|february|march|april|may|june|july|august|september|october|november|december"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)[.,:]?)+$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:|•·—–-]+$");
    private static final Pattern WORDS = Pattern.compile("\\S+");
    private static final Pattern NOT_LETTERS_AROUND = Pattern.compile("^\\P{L}+|\\P{L}+$");
    private static final Pattern URL_OR_ADDRESS =
            Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*://|(?:mailto|tel|urn):|/|www\\.).*|.*@.*");
    /**
     * Account names some publishing tools give as the author when nobody signed, and role words
     * standing where a name should be.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("admin", "administrator", "administrateur", "root",
            "webmaster", "user", "guest", "anonymous", "anonyme", "unknown", "inconnu", "null", "undefined",
            "none", "default", "author", "auteur", "autor", "editor", "éditeur", "publisher", "staff",
            "rédaction", "redaktion");
    /**
     * The words a name may hold in lower case: particles of family names and the words joining
     * several names. Any other word in lower case makes a visible line a sentence, not a byline.
     */
    private static final Set<String> LOWER_CASE_NAME_WORDS = Set.of("von", "van", "vom", "zu", "der", "den", "ter",
            "ten", "de", "del", "della", "di", "da", "das", "dos", "du", "des", "la", "le", "el", "y", "e", "bin",
            "ibn", "al", "and", "und", "et");
    private static final int MAX_LENGTH = 120;
    private static final int MAX_WORDS = 16;

    private PersonName() { }

    /** The name part of a byline ("By Jane Smith | 4 March 2025" gives "Jane Smith"), or null. */
    static String clean(String raw) {
        if (raw == null) return null;
        String s = Sanitizer.inline(raw).strip();
        s = LEAD.matcher(POSTED_THEN_BY.matcher(s).replaceFirst("")).replaceFirst("");
        Matcher after = AFTER_NAME.matcher(s);
        if (after.find()) s = DATE_WORDS_AT_END.matcher(s.substring(0, after.start())).replaceFirst("");
        s = TRAILING.matcher(s).replaceFirst("").strip();
        return plausible(s) ? s : null;
    }

    /** A name, not a web or e-mail address, an account name, a number or a sentence. */
    static boolean plausible(String s) {
        if (s == null) return false;
        String t = s.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || WORDS.matcher(t).results().count() > MAX_WORDS) return false;
        // a colon left in a name is a label's ("montage : Léa Roy"): a list of credits, not a byline
        if (t.codePoints().noneMatch(Character::isLetter) || t.indexOf(':') >= 0) return false;
        return !URL_OR_ADDRESS.matcher(t).matches() && !isPlaceholder(t);
    }

    /** An account name or a role word standing where a name should be ("admin", "Redaction"). */
    static boolean isPlaceholder(String s) {
        return PLACEHOLDERS.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a visible line's name part reads like names: it starts with a capital (or a caseless
     * script), and its words in lower case are only particles and "and" ("Anna von Berg und Jan
     * de Vries", not "Von Bergen bis zum Meer").
     */
    static boolean readsLikeNames(String name) {
        int first = name.codePointAt(0);
        if (!Character.isUpperCase(first) && !(Character.isLetter(first) && !Character.isLowerCase(first))) return false;
        Matcher word = WORDS.matcher(name);
        while (word.find()) {
            String bare = NOT_LETTERS_AROUND.matcher(word.group()).replaceAll("");
            if (!bare.isEmpty() && Character.isLowerCase(bare.codePointAt(0)) && !LOWER_CASE_NAME_WORDS.contains(bare)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text opens with a byline word ("By", "Par", "Von"). */
    static boolean hasLead(String text) {
        return LINE_LEAD.matcher(text).lookingAt();
    }
}
