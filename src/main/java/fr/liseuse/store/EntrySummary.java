package fr.liseuse.store;

import java.time.Instant;

/** A library entry as {@code library list} shows it (CONTRACT §4: id, title, url, source, savedAt). */
public record EntrySummary(String id, String title, String url, String source, Instant savedAt) { }
