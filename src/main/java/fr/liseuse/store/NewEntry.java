package fr.liseuse.store;

import java.util.Objects;

/**
 * A page to save: its raw bytes as fetched, how they were fetched, and the page extracted from them
 * as {@code liseuse.page/1} JSON.
 */
public record NewEntry(Capture capture, String pageJson, byte[] raw) {

    public NewEntry {
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(pageJson, "pageJson");
        Objects.requireNonNull(raw, "raw");
    }
}
