package fr.liseuse.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user's configuration folder, as {@link Paths#config()} places it ({@code $LISEUSE_HOME/config},
 * else {@code $XDG_CONFIG_HOME/liseuse}, else {@code ~/.config/liseuse}); empty when the environment
 * names no home at all, so a stripped environment never reads someone's files by accident.
 * Read-only: nothing is created.
 */
public final class ConfigFolder {

    private ConfigFolder() { }

    public static Optional<Path> of(Map<String, String> env) {
        boolean named = set(env, "LISEUSE_HOME") || set(env, "XDG_CONFIG_HOME") || set(env, "HOME");
        if (!named) return Optional.empty();
        try {
            return Optional.of(Paths.resolve(env).config());
        } catch (RuntimeException badPath) {
            return Optional.empty();
        }
    }

    private static boolean set(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
