package fr.liseuse.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing messages in the UI language, from {@code fr/liseuse/messages_fr|en.properties}. */
public final class Messages {

    public static final String BUNDLE = "fr.liseuse.messages";

    private final Locale locale;
    /** Read at the first message: a command that prints none (JSON output) never parses the bundle. */
    private ResourceBundle bundle;

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

    private synchronized ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        }
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof ByteSize size) shown[i] = size.shown(this, locale);
        }
        // Always formatted, so a doubled '' means one apostrophe in every message.
        return new MessageFormat(pattern, locale).format(shown);
    }
}
