package fr.liseuse.model;

public enum PageKind {
    ARTICLE("article"), SEARCH_RESULTS("search-results"), PAGE("page");

    private final String jsonName;

    PageKind(String jsonName) { this.jsonName = jsonName; }

    public String jsonName() { return jsonName; }
}
