package fr.liseuse.store;

/** The two ways a page is analysed for search, each with its own indexed fields. */
enum Language {
    FRENCH("fr"), ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    String titleField() {
        return code + "_title";
    }

    String textField() {
        return code + "_text";
    }

    static Language of(PageText page) {
        return page.english() ? ENGLISH : FRENCH;
    }

    static Language ofCode(String code) {
        return ENGLISH.code.equals(code) ? ENGLISH : FRENCH;
    }
}
