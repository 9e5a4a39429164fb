package fr.liseuse.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a class name marks the author of the page: one of its words, split at '-' and '_' as
 * style sheets name things ("c-byline__name", "entry-author", "Author_name"), says author or byline,
 * and none says the mark is about something else (a comment's author, a form field, the author's
 * picture, biography or address, a button, a teaser for another article, the site's theme).
 */
final class AuthorClassNames {

    private static final Set<String> AUTHOR_WORDS = Set.of("author", "authors", "authorname", "byline", "bylines",
            "auteur", "auteurs", "autor", "autoren", "autorin");
    private static final Set<String> OTHER_THINGS = Set.of("comment", "comments", "form", "avatar", "image", "img",
            "picture", "photo", "thumb", "thumbnail", "bio", "description", "preview", "teaser", "related", "email",
            "mail", "follow", "button", "theme");

    private AuthorClassNames() { }

    static boolean marksAuthor(String className) {
        boolean author = false;
        int start = 0;
        for (int i = 0; i <= className.length(); i++) {
            if (i < className.length() && className.charAt(i) != '-' && className.charAt(i) != '_') continue;
            if (i > start) {
                String word = className.substring(start, i).toLowerCase(Locale.ROOT);
                if (OTHER_THINGS.contains(word)) return false;
                author |= AUTHOR_WORDS.contains(word);
            }
            start = i + 1;
        }
        return author;
    }
}
