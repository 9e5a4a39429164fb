package fr.liseuse.store;

import java.time.Instant;

/**
 * One saved page: the raw bytes as fetched, how they were fetched, and the extracted page as JSON
 * ({@code liseuse.page/1}), so the page can be shown at once and extracted again when extraction improves.
 *
 * @param key what makes two saves the same page: its address, or a hash of its bytes when it has none
 */
public record Entry(String id, String key, Instant savedAt, Capture capture, PageText page, String pageJson,
                    byte[] raw) {

    public EntrySummary summary() {
        return new EntrySummary(id, page.title(), address(), capture.source(), savedAt);
    }

    /** The page's canonical address, else the address it was fetched from. */
    String address() {
        return page.url() != null && !page.url().isBlank() ? page.url() : capture.url();
    }
}
