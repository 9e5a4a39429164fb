package fr.liseuse.config;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The settings every part reads: data folders, discreet mode, and how long a writer waits for
 * another liseuse process that holds the library.
 *
 * @param discreet    write nothing to disk at all (library, index, cache, history, temporary files)
 * @param lockTimeout how long to wait for the library lock before giving up
 */
public record Settings(Paths paths, boolean discreet, Duration lockTimeout) {

    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);

    public Settings {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    /**
     * Settings from the environment and the {@code --discreet} option: discreet when either asks for
     * it ({@code --discreet=false} does not undo {@code LISEUSE_DISCREET=1}), and when the variable
     * holds a value {@link DiscreetValue} refuses (the command line reports it before anything runs).
     */
    public static Settings from(Map<String, String> env, boolean discreetFlag) {
        boolean discreet = discreetFlag || DiscreetValue.ofEnvironment(env).orElse(true);
        return new Settings(Paths.resolve(env), discreet, DEFAULT_LOCK_TIMEOUT);
    }

    public Settings withLockTimeout(Duration value) {
        return new Settings(paths, discreet, value);
    }
}
