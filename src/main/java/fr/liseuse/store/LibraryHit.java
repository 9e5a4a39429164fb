package fr.liseuse.store;

/** One page of the library that matches a search (CONTRACT §4: id, title, url, snippet, score). */
public record LibraryHit(String id, String title, String url, String snippet, float score) { }
