package fr.liseuse.config;

import com.fasterxml.jackson.databind.JsonNode;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The user's standing choices, from {@code settings.json} in the config folder, e.g.
 * {@code {"lineMode": true, "lang": "fr"}}: line mode by default (a screen-reader user sets it once)
 * and the UI language. Options and environment variables still win. A file that cannot be used gives
 * one warning and the defaults.
 *
 * @param lineMode true to start in line mode
 * @param lang     {@code fr}, {@code en}, or null for the locale's
 */
public record Preferences(boolean lineMode, String lang) {

    public static final Preferences DEFAULTS = new Preferences(false, null);
    static final String FILE = "settings.json";

    /** Reads the file only when it exists, so the usual start loads no JSON library. */
    public static Preferences load(Map<String, String> env, Messages messages, Consumer<String> warnings) {
        Optional<Path> file = ConfigFolder.of(env).map(folder -> folder.resolve(FILE))
                .filter(path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS));
        if (file.isEmpty()) return DEFAULTS;
        String shown = Sanitizer.inline(file.get().toString());
        try {
            JsonNode root = UserJson.read(file.get(), messages);
            if (root == null || !root.isObject()) {
                warnings.accept(messages.get("settings.ignored", shown, messages.get("file.notObject")));
                return DEFAULTS;
            }
            String lang = root.path("lang").asText(null);
            if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
                warnings.accept(messages.get("settings.lang.ignored", Sanitizer.inline(lang)));
                lang = null;
            }
            return new Preferences(root.path("lineMode").asBoolean(false), lang);
        } catch (UserJson.Unusable unusable) {
            warnings.accept(messages.get("settings.ignored", shown, unusable.getMessage()));
            return DEFAULTS;
        }
    }
}
