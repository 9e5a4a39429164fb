package fr.liseuse.model;

/** One result listed on a site-search results page. */
public record SearchResult(String title, String url, String snippet) { }
