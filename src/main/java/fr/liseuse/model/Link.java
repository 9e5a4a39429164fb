package fr.liseuse.model;

/** A link of the main content; {@code n} is the same number in every output. */
public record Link(int n, String text, String url) { }
