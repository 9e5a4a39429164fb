package fr.liseuse.app;

import fr.liseuse.model.Page;
import fr.liseuse.source.Fetched;
import java.time.Instant;

/** A page together with the raw bytes it was extracted from and when they were read. */
public record Loaded(Fetched fetched, Page page, Instant fetchedAt) { }
