package fr.liseuse.text;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a short number in running text is a phone number: "composez le 15" is, "le 15
 * mars", "15 €", "17 h", "article 112" and "115 rue Nationale" are not.
 */
final class PhoneCues {

    private static final int REACH = 5;

    /** Whole words (folded) that announce a phone number. */
    private static final Set<String> CUE_WORDS = Set.of(
            "n°", "numero", "numeros", "num", "tel", "telephone", "urgence", "urgences", "samu", "police",
            "pompiers", "gendarmerie", "secours", "sms", "hotline", "standard", "call", "dial", "phone",
            "ring", "emergency", "helpline", "ambulance");
    /** Word beginnings (folded) that announce a phone number: appelez, composer, contactez, joignez… */
    private static final List<String> CUE_STEMS = List.of(
            "appel", "compos", "contact", "joign", "joindre", "telephon", "phone", "call", "dial", "textez", "envoy");
    /** Words after a number that say what kind of line it is: "le 15 (SAMU)", "3919 (appel gratuit)". */
    private static final Set<String> CUE_WORDS_AFTER = Set.of(
            "samu", "police", "pompiers", "gendarmerie", "secours", "urgence", "urgences", "emergency",
            "appel", "appels", "gratuit", "gratuite", "anonyme", "ecoute", "sms", "numero");
    /** Small words that, right before a distinctive number, are enough: "le 3919", "au 116 006". */
    private static final Set<String> WEAK_CUES = Set.of("le", "au", "du", "l", "ou", "et", "via", "par");
    /** Punctuation that sets a distinctive number apart: "(3919)", "3919 :", "– 3114". */
    private static final String WEAK_PUNCTUATION = "():–—-•,";

    /** Words after a number that make it a quantity, a date, a time or an address. */
    private static final Set<String> UNITS = Set.of(
            "h", "heure", "heures", "hr", "hrs", "min", "minute", "minutes", "mn", "s", "sec", "secondes",
            "jour", "jours", "j", "semaine", "semaines", "mois", "an", "ans", "annee", "annees",
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre", "janv", "fev", "fevr", "avr", "juil", "sept", "oct",
            "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "hours", "hour", "years", "days",
            "euro", "euros", "eur", "ht", "ttc", "cts", "centimes", "dollars", "percent",
            "km", "m", "m2", "m²", "m3", "cm", "mm", "kg", "g", "t", "ha", "kwh", "mw", "°c",
            "habitants", "personnes", "places", "logements", "communes", "eleves", "enfants",
            "agents", "salaries", "participants", "victimes", "femmes", "hommes", "fois", "points",
            "pages", "ieme", "eme", "er", "e", "people", "persons",
            "rue", "avenue", "av", "bd", "boulevard", "place", "allee", "chemin", "impasse", "quai",
            "route", "square", "cours", "chaussee", "residence", "bis", "ter");
    /** Words before a number that make it a reference, a line or a year. */
    private static final Set<String> REFERENCES = Set.of(
            "article", "articles", "art", "alinea", "page", "p", "pp", "loi", "decret", "arrete",
            "chapitre", "section", "titre", "annexe", "paragraphe", "bus", "tram", "ligne", "liane",
            "lianes", "citadine", "rn", "rd", "d", "n", "a", "autoroute", "salle", "bureau", "porte",
            "etage", "lot", "parcelle", "code", "depuis", "en", "vers", "annee", "dont", "soit",
            "environ", "plus", "moins", "pres", "chapter", "room");
    private static final Set<String> MONTHS = Set.of(
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre");
    private static final Set<String> DAY_LIST_WORDS = Set.of("et", "au", "a", "ou");
    private static final String UNIT_SYMBOLS = "€$£%‰°×";

    private PhoneCues() { }

    /**
     * @param distinctive    true for numbers rarely anything else (3919, 3114, 3018, 116 006)
     * @param followsAnother true when a phone number accepted just before leads into this one
     *                       ("le 15, le 17 ou le 18")
     */
    static boolean showPhone(String text, int start, int end, boolean distinctive, boolean followsAnother) {
        PhoneContext around = new PhoneContext(text, start, end, REACH);
        if (contradicted(around)) return false;
        if (followsAnother || strongCue(around)) return true;
        return distinctive && weakCue(around);
    }

    private static boolean contradicted(PhoneContext around) {
        if (around.charAfter != 0 && UNIT_SYMBOLS.indexOf(around.charAfter) >= 0) return true;
        if (around.wordRightAfter && !around.after.isEmpty() && isUnit(around.after.get(0))) return true;
        // "les 15 et 17 juin", "du 15 au 18 mars": a list of days
        for (String word : around.after) {
            if (MONTHS.contains(word)) return true;
            if (!DAY_LIST_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) break;
        }
        return around.wordRightBefore && !around.before.isEmpty() && REFERENCES.contains(around.before.get(0));
    }

    private static boolean isUnit(String word) {
        if (UNITS.contains(word)) return true;
        // 17h30, 9h
        return word.length() > 1 && word.charAt(0) == 'h' && Character.isDigit(word.charAt(1));
    }

    private static boolean strongCue(PhoneContext around) {
        for (String word : around.before) {
            if (isCue(word)) return true;
        }
        for (int k = 0; k < Math.min(3, around.after.size()); k++) {
            if (CUE_WORDS_AFTER.contains(around.after.get(k))) return true;
        }
        return false;
    }

    private static boolean isCue(String word) {
        if (CUE_WORDS.contains(word)) return true;
        for (String stem : CUE_STEMS) {
            if (word.startsWith(stem)) return true;
        }
        return false;
    }

    private static boolean weakCue(PhoneContext around) {
        if (around.charBefore == 0 || WEAK_PUNCTUATION.indexOf(around.charBefore) >= 0) return true;
        if (around.wordRightBefore && WEAK_CUES.contains(around.before.get(0))) return true;
        return around.charAfter == 0 || WEAK_PUNCTUATION.indexOf(around.charAfter) >= 0 || around.charAfter == '.';
    }
}
