package fr.liseuse.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where liseuse keeps its files. {@code LISEUSE_HOME}, when set, is the one folder for everything
 * ({@code config/}, {@code library/}, {@code cache/} inside it); otherwise the XDG base directories
 * with a {@code liseuse} subfolder each. Nothing is created here: writers create what they need.
 *
 * @param config user settings
 * @param data   durable user data (the library)
 * @param cache  derived data that can be rebuilt at any time (the search index)
 */
public record Paths(Path config, Path data, Path cache) {

    public Paths {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(cache, "cache");
    }

    /** Resolves the folders from the environment; {@code user.home} stands in when HOME is unset. */
    public static Paths resolve(Map<String, String> env) {
        Optional<Path> home = absolute(env.get("LISEUSE_HOME"));
        if (home.isPresent()) {
            Path h = home.get();
            return new Paths(h.resolve("config"), h, h.resolve("cache"));
        }
        Path user = absolute(env.get("HOME")).orElseGet(() -> Path.of(System.getProperty("user.home")));
        return new Paths(
                xdg(env, "XDG_CONFIG_HOME", user.resolve(".config")),
                xdg(env, "XDG_DATA_HOME", user.resolve(".local").resolve("share")),
                xdg(env, "XDG_CACHE_HOME", user.resolve(".cache")));
    }

    /** The saved pages. */
    public Path library() {
        return data.resolve("library");
    }

    /** The full-text index of the library (derived data). */
    public Path index() {
        return cache.resolve("index");
    }

    /** The XDG spec ignores empty and relative values. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        return absolute(env.get(name)).orElse(fallback).resolve("liseuse");
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isEmpty()) return Optional.empty();
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? Optional.of(p.normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
