package fr.liseuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.liseuse.source.SourceException;
import org.junit.jupiter.api.Test;

/** The one mapping from failures to CONTRACT §5 codes, for the failures the CLI tests cannot provoke. */
class ExitCodesTest {

    @Test
    void anUnexpectedFailureIsAnInternalError() {
        assertEquals(1, ExitCodes.of(new IllegalStateException("bug")));
    }

    @Test
    void anInterruptionIs130() {
        assertEquals(130, ExitCodes.of(new InterruptedException()));
    }

    @Test
    void sourceFailuresMapByKind() {
        assertEquals(65, ExitCodes.of(new SourceException(SourceException.Kind.REJECTED, "x")));
        assertEquals(66, ExitCodes.of(new SourceException(SourceException.Kind.NOT_FOUND, "x")));
        assertEquals(69, ExitCodes.of(new SourceException(SourceException.Kind.UNAVAILABLE, "x")));
    }
}
