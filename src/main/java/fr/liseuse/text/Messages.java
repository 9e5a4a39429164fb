package fr.liseuse.text;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * User-facing messages in the UI language. They are written in {@code fr/liseuse/messages_fr|en.properties}
 * and read from {@link MessageTexts}, which the build generates from those files: a class comes from
 * the start-up cache, where a resource bundle meant opening the jar and parsing it at every start.
 */
public final class Messages {

    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages french() { return new Messages(Locale.FRENCH); }

    public static Messages english() { return new Messages(Locale.ENGLISH); }

    public static Messages of(String lang) {
        return "en".equals(lang) ? english() : french();
    }

    /**
     * The UI language when none is given: French when LC_ALL, LC_MESSAGES or LANG (first set
     * wins, as in POSIX) names French, else English.
     */
    public static String defaultLanguage(java.util.Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) return v.startsWith("fr") ? "fr" : "en";
        }
        return "en";
    }

    public String lang() { return locale.getLanguage(); }

    public String get(String key, Object... args) {
        String pattern = locale == Locale.ENGLISH ? MessageTexts.english(key) : MessageTexts.french(key);
        if (pattern == null) return key;
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof ByteSize size) shown[i] = size.shown(this, locale);
        }
        // Always formatted, so a doubled '' means one apostrophe in every message.
        return new MessageFormat(pattern, locale).format(shown);
    }
}
