package fr.liseuse.text;

import java.util.Locale;

/** Reading BCP 47 language tags as pages declare them ({@code fr}, {@code en-US}, {@code fr_FR}). */
public final class LanguageTags {

    private LanguageTags() { }

    /** The primary subtag in lower case ({@code en} for {@code en-US}); empty for null. */
    public static String primary(String tag) {
        return tag == null ? "" : tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    /** The region subtag in lower case ({@code gb} for {@code en-GB}, {@code zh-Hant-TW}); empty when none. */
    public static String region(String tag) {
        if (tag == null) return "";
        String[] subtags = tag.toLowerCase(Locale.ROOT).split("[-_]");
        for (int i = 1; i < subtags.length; i++) {
            String s = subtags[i];
            boolean letters = s.length() == 2 && Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(1));
            boolean digits = s.length() == 3 && s.chars().allMatch(Character::isDigit);
            if (letters || digits) return s;
        }
        return "";
    }
}
