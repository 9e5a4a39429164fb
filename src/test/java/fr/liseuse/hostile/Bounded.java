package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * A hang guard, not a speed test: one input must finish well inside this generous deadline, so an
 * endless loop or a catastrophic regular expression fails the test instead of stalling the build.
 */
final class Bounded {

    static final Duration PER_INPUT = Duration.ofSeconds(60);

    private Bounded() { }

    static void run(Executable work) {
        assertTimeoutPreemptively(PER_INPUT, work);
    }
}
