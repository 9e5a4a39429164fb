package fr.liseuse.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What short blocks of page furniture say, in French, English, German and Spanish: calls to
 * subscribe, follow, support or download; widget states ("Loading…", "no ratings yet"); photo
 * credits; bylines and lines that hold only a date or time.
 */
final class BoilerplatePhrases {

    /** Calls to action and widget text, matched anywhere in a short block (in lower case). */
    private static final Pattern CALL = Pattern.compile("(?u)\\b(?:"
            // French
            + "abonnez-vous|inscrivez-vous|suivez-nous|soutenez[- ]nous|téléchargez (notre|l.application)"
            + "|lettre d.information|réagissez|déjà abonné|réservé aux abonnés|cet article est réservé"
            // English
            + "|subscribe (now|today|to|for)|already a subscriber|subscribers? (also|get|receive)"
            + "|sign up (for|to|now)|follow (us|him|her|them|the \\S+|\\S+ \\S+) on (twitter|facebook|instagram|x\\b)"
            + "|download (the|our) .{0,40}apps?\\b|support (us|our journalism|independent)"
            + "|have a (news )?tip\\?|send us a (message|tip)|click here to|^loading\\W*$|affiliate (links?|commission)"
            // German
            + "|jetzt abonnieren|abonniere|folgen? (sie )?uns|unterstütze(n sie)? |wird geladen"
            + "|^inhaltsverzeichnis\\W*$|^zurück zu(r|m)? |^anzeige\\W*$|anzeige\\W*-"
            // Spanish
            + "|suscríbete|suscribirse|síguenos|únete a|te puede interesar)");

    /** Short lines that credit a photo ("Foto: …", "© Agence", "Crédit photo : …"), in lower case. */
    private static final Pattern CREDIT = Pattern.compile("(?u)(©|\\(c\\) |\\bcopyright\\b"
            + "|\\b(fotos?|photos?|bild|bildquelle|image|crédits?( photo)?|credits?|quelle|fuente|source)\\s*:)");

    /** "Par Jeanne Martin", "By Justine Coleman - 11/18/19", "Von: Götz Warnke", "Por Ana Ruiz". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)^(?:(?i:par|by|von|por)\\s*:\\s*\\S.*|(?:Par|By|Von|Por|BY|PAR|VON|POR)\\s+\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|da|del|and|et|und|y))*(?:\\s*[-|,·–]\\s*.*)?)$");

    /** Words a date or time line may hold besides digits and punctuation (in lower case). */
    private static final Pattern DATE_WORDS = Pattern.compile("(?u)\\b(?:"
            + "janv(?:ier)?|févr(?:ier)?|fevrier|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|aout|sept(?:embre)?"
            + "|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|à|h"
            + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?"
            + "|october|november|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|am|pm|a\\.m|p\\.m|est|edt|pst|pdt|gmt|utc|cet|cest|at|on"
            + "|januar|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag"
            + "|freitag|samstag|sonntag|uhr|um|am"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
            + "|lunes|martes|miércoles|jueves|viernes|sábado|domingo|de|del|a las"
            + "|januari|februari|maart|mei|juni|oktober|desember|oktober|okt"
            + "|publié|mis à jour|mise à jour|published|updated|last updated|posted|veröffentlicht|veröffentlichung"
            + "|aktualisiert|stand|erstellt|publicado|actualizado|actualización)\\b\\.?");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d+");
    private static final Pattern DATE_REST = Pattern.compile("[\\d\\s.,:/|–\\-]*");

    private static final int CALL_MAX = 260;
    private static final int CREDIT_MAX = 120;
    private static final int BYLINE_MAX = 70;
    private static final int DATE_MAX = 45;

    private BoilerplatePhrases() { }

    /** True when text, a whole block, reads as page furniture. */
    static boolean furniture(String text) {
        int n = text.length();
        if (n > CALL_MAX) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        if (CALL.matcher(lower).find()) return true;
        if (n <= CREDIT_MAX && CREDIT.matcher(lower).find()) return true;
        if (n <= BYLINE_MAX && BYLINE.matcher(text).matches()) return true;
        return n <= DATE_MAX && dateOnly(lower);
    }

    /** A line in lower case of a date and/or a time and nothing else ("7. oktober 2020", "3:59 pm"). */
    private static boolean dateOnly(String text) {
        if (text.chars().noneMatch(Character::isDigit)) return false;
        String rest = DATE_WORDS.matcher(text).replaceAll(" ");
        if (rest.equals(text) && DIGIT_GROUPS.matcher(text).results().count() < 2) return false; // "2025"
        return DATE_REST.matcher(rest).matches();
    }
}
