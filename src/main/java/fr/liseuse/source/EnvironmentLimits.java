package fr.liseuse.source;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limits a user may change through the environment: {@code LISEUSE_MAX_BYTES} (the size cap of every
 * input: a number of bytes, or with a K, M or G suffix for KiB, MiB, GiB; at most 1 GiB) and
 * {@code LISEUSE_TIME_BUDGET} (seconds of work allowed on one page, 1 to 3600). A value that cannot be
 * read leaves the default in place: a typo never lifts a limit.
 */
public final class EnvironmentLimits {

    public static final String MAX_BYTES = "LISEUSE_MAX_BYTES";
    public static final String TIME_BUDGET = "LISEUSE_TIME_BUDGET";
    static final long MAX_BYTES_CEILING = 1L << 30;

    private EnvironmentLimits() { }

    public static long maxBytes(Map<String, String> env, long fallback) {
        return bytes(env.get(MAX_BYTES)).orElse(fallback);
    }

    public static Duration timeBudget(Map<String, String> env, Duration fallback) {
        String value = env.get(TIME_BUDGET);
        if (value == null || !value.strip().matches("\\d{1,4}")) return fallback;
        int seconds = Integer.parseInt(value.strip());
        return seconds >= 1 && seconds <= 3600 ? Duration.ofSeconds(seconds) : fallback;
    }

    static Optional<Long> bytes(String value) {
        if (value == null) return Optional.empty();
        String v = value.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (v.endsWith("IB")) v = v.substring(0, v.length() - 2);
        else if (v.endsWith("B")) v = v.substring(0, v.length() - 1);
        if (v.endsWith("K")) unit = 1L << 10;
        else if (v.endsWith("M")) unit = 1L << 20;
        else if (v.endsWith("G")) unit = 1L << 30;
        if (unit > 1) v = v.substring(0, v.length() - 1).strip();
        if (!v.matches("\\d{1,10}")) return Optional.empty();
        long n = Long.parseLong(v) * unit;
        return n >= 1 && n <= MAX_BYTES_CEILING ? Optional.of(n) : Optional.empty();
    }
}
