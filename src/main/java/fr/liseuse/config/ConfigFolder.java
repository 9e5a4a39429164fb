package fr.liseuse.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user's configuration lives (CONTRACT §3): {@code $LISEUSE_HOME} when set, else
 * {@code $XDG_CONFIG_HOME/liseuse}, else {@code ~/.config/liseuse}. Read-only: nothing is created.
 */
public final class ConfigFolder {

    private ConfigFolder() { }

    public static Optional<Path> of(Map<String, String> env) {
        try {
            String home = env.get("LISEUSE_HOME");
            if (home != null && !home.isBlank()) return Optional.of(Path.of(home));
            String xdg = env.get("XDG_CONFIG_HOME");
            // the XDG specification says to ignore a relative path
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Optional.of(Path.of(xdg, "liseuse"));
            String user = env.get("HOME");
            if (user != null && !user.isBlank()) return Optional.of(Path.of(user, ".config", "liseuse"));
        } catch (InvalidPathException bad) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
