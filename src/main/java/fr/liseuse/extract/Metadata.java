package fr.liseuse.extract;

/**
 * What a page says about itself; every field is sanitised and may be null.
 *
 * @param title     the article headline, without the site name
 * @param url       canonical absolute URL
 * @param lang      BCP 47 language tag as the page declares it ({@code fr}, {@code en-US})
 * @param published ISO-8601 date ({@code 2025-03-04}) or date-time
 * @param byline    author(s)
 * @param site      site name
 */
record Metadata(String title, String url, String lang, String published, String byline, String site) { }
