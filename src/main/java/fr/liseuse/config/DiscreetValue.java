package fr.liseuse.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reading of a discreet-mode value, for {@code --discreet=VALUE} and the
 * {@code LISEUSE_DISCREET} variable alike: {@code 1}, {@code true}, {@code yes}, {@code on} mean
 * discreet; {@code 0}, {@code false}, {@code no}, {@code off} mean not; ASCII letters in any case.
 * Anything else is refused rather than guessed, so a typo never silently turns discreet mode off.
 * The launcher script holds the same table (it must decide before any Java runs); LauncherIT feeds
 * both the same values.
 */
public final class DiscreetValue {

    public static final String VARIABLE = "LISEUSE_DISCREET";

    private static final Set<String> ON = Set.of("1", "true", "yes", "on");
    private static final Set<String> OFF = Set.of("0", "false", "no", "off");

    private DiscreetValue() { }

    /** True for a discreet value, false for a not-discreet one, empty for anything else. */
    public static Optional<Boolean> parse(String value) {
        // ASCII only: String's own case folding would also take "yeſ" (long s) for "yes", which the shell does not.
        if (value == null || !value.chars().allMatch(c -> c < 128)) return Optional.empty();
        String word = value.toLowerCase(Locale.ROOT);
        if (ON.contains(word)) return Optional.of(true);
        if (OFF.contains(word)) return Optional.of(false);
        return Optional.empty();
    }

    /** What the variable in ENV asks for: not discreet when unset or empty, empty when its value is refused. */
    public static Optional<Boolean> ofEnvironment(Map<String, String> env) {
        String value = env.get(VARIABLE);
        return value == null || value.isEmpty() ? Optional.of(false) : parse(value);
    }
}
