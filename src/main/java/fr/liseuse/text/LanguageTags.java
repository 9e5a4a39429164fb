package fr.liseuse.text;

import java.util.Locale;

/** Reading BCP 47 language tags as pages declare them ({@code fr}, {@code en-US}, {@code fr_FR}). */
public final class LanguageTags {

    private LanguageTags() { }

    /** The primary subtag in lower case ({@code en} for {@code en-US}); empty for null. */
    public static String primary(String tag) {
        return tag == null ? "" : tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }
}
