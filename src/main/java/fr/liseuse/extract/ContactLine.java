package fr.liseuse.extract;

import fr.liseuse.text.PhoneMatch;
import fr.liseuse.text.PhoneNumbers;

/**
 * A block that gives nothing but a way to reach someone: a phone number or an e-mail address,
 * alone or after a short lead ("Tél. :", "Phone:", "Courriel :"). Such a line is short, has no
 * sentence and, being all digits, can look like a date or a widget's leftover; inside the content it
 * is what a reader in need looks for, so the furniture rules must not take it.
 */
final class ContactLine {

    /** At most this many letters besides the contacts: a lead, not a sentence. */
    private static final int LEAD_LETTERS = 20;
    private static final int LEAD_WORDS = 3;

    private ContactLine() { }

    /** True when text, a whole block, is one or more phone numbers or e-mail addresses and a short lead at most. */
    static boolean is(String text) {
        StringBuilder rest = new StringBuilder(text);
        boolean found = false;
        for (PhoneMatch p : PhoneNumbers.find(text)) {
            blank(rest, p.start(), p.end());
            found = true;
        }
        for (ContactEmails.Found e : ContactEmails.find(text)) {
            blank(rest, e.start(), e.end());
            found = true;
        }
        return found && lead(rest.toString());
    }

    /** Spaces over a contact: the length, hence the other contacts' offsets, stay as they were. */
    private static void blank(StringBuilder s, int start, int end) {
        for (int k = start; k < end; k++) s.setCharAt(k, ' ');
    }

    /** What is left around the contacts: a few short words and punctuation. */
    private static boolean lead(String rest) {
        int letters = 0;
        int words = 0;
        boolean inWord = false;
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (Character.isDigit(c)) return false;
            boolean letter = Character.isLetter(c);
            if (letter) letters++;
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return letters <= LEAD_LETTERS && words <= LEAD_WORDS;
    }
}
