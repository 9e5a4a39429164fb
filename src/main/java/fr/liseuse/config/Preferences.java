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
 * {@code {"lineMode": true, "lang": "fr", "width": 72}}: line mode by default (a screen-reader user
 * sets it once), the UI language and the full-screen reader's measure. Options and environment
 * variables still win. A file that cannot be used gives one warning and the defaults.
 *
 * @param lineMode true to start in line mode
 * @param lang     {@code fr}, {@code en}, or null for the locale's
 * @param width    the widest the full-screen reader's text runs, 10 to 10000 columns; 0 for its default
 */
public record Preferences(boolean lineMode, String lang, int width) {

    public static final Preferences DEFAULTS = new Preferences(false, null, 0);
    /** The widths {@code "width"} takes, as {@code --width} does. */
    public static final int MIN_WIDTH = 10;
    public static final int MAX_WIDTH = 10_000;

    /** Without a measure of its own. */
    public Preferences(boolean lineMode, String lang) {
        this(lineMode, lang, 0);
    }
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
            JsonNode width = root.path("width");
            int columns = 0;
            if (!width.isMissingNode() && !width.isNull()) {
                if (width.isInt() && width.asInt() >= MIN_WIDTH && width.asInt() <= MAX_WIDTH) {
                    columns = width.asInt();
                } else {
                    warnings.accept(messages.get("settings.width.ignored", Sanitizer.inline(width.toString())));
                }
            }
            return new Preferences(root.path("lineMode").asBoolean(false), lang, columns);
        } catch (UserJson.Unusable unusable) {
            warnings.accept(messages.get("settings.ignored", shown, unusable.getMessage()));
            return DEFAULTS;
        }
    }
}
