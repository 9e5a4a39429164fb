package fr.liseuse.source;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How sources are read.
 *
 * @param offline   no network at all: any URL is refused before a socket is opened
 * @param timeout   connect timeout, and the deadline for a whole fetch (redirects and body included)
 * @param maxBytes  the largest body accepted (after decompression); larger inputs are rejected, never truncated
 * @param env       the environment, read for HTTP_PROXY, HTTPS_PROXY, NO_PROXY and their lower-case forms
 */
public record SourceOptions(boolean offline, Duration timeout, long maxBytes, Map<String, String> env) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public SourceOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    /** 15 s timeout, 10 MiB cap (or {@code LISEUSE_MAX_BYTES}, see {@link EnvironmentLimits}), online. */
    public static SourceOptions defaults(Map<String, String> env) {
        Map<String, String> e = env == null ? Map.of() : env;
        return new SourceOptions(false, DEFAULT_TIMEOUT, EnvironmentLimits.maxBytes(e, DEFAULT_MAX_BYTES), env);
    }

    public SourceOptions withOffline(boolean value) {
        return new SourceOptions(value, timeout, maxBytes, env);
    }

    public SourceOptions withTimeout(Duration value) {
        return new SourceOptions(offline, value, maxBytes, env);
    }

    public SourceOptions withMaxBytes(long value) {
        return new SourceOptions(offline, timeout, value, env);
    }
}
