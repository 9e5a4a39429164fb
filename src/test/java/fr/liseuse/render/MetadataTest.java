package fr.liseuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.liseuse.text.Messages;
import org.junit.jupiter.api.Test;

/** The publication date under a title, as a reader writes it, whatever form the page gave. */
class MetadataTest {

    @Test
    void isoDatesAreWrittenOutInTheUiLanguage() {
        assertEquals("4 mars 2025", Metadata.readableDate("2025-03-04", Messages.french()));
        assertEquals("1er décembre 2024", Metadata.readableDate("2024-12-01T09:30:00Z", Messages.french()));
        assertEquals("2 décembre 2024", Metadata.readableDate("2024-12-02", Messages.french()));
        assertEquals("October 1, 2025", Metadata.readableDate("2025-10-01", Messages.english()));
        assertEquals("March 4, 2025", Metadata.readableDate("2025-03-04T10:15:00+01:00", Messages.english()));
    }

    @Test
    void whatIsNotADateIsShownAsGiven() {
        for (String given : new String[] {"2025-13-04", "2025-02-30", "2025/03/04", "mars 2025", "2025-03", "abcd-ef-gh"}) {
            assertEquals(given, Metadata.readableDate(given, Messages.french()), given);
        }
    }
}
