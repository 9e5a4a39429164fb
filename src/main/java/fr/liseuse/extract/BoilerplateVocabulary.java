package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class and id names say about an element, in French and English site vocabularies: words of
 * page furniture (cookie banners, share bars, breadcrumbs, related boxes…) and words of content.
 */
final class BoilerplateVocabulary {

    /** Names that mean furniture wherever they appear, even around running text ("comments"). */
    private static final Set<String> HARD = Set.of("cookie", "cookies", "consent", "gdpr", "rgpd", "tarteaucitron",
            "didomi", "onetrust", "cmp", "share", "shares", "sharing", "sharer", "sharebar", "social", "socials",
            "partage", "partager", "breadcrumb", "breadcrumbs", "ariane", "newsletter", "newsletters",
            "comment", "comments", "commentaires", "commentaire", "disqus", "respond", "outbrain", "taboola",
            "skiplink", "skiplinks", "evitement", "gallery", "galerie");

    /** Names that mean furniture even next to a content word ("article-related"), unless around prose. */
    private static final Set<String> STRONG = Set.of(
            "subscribe", "subscription", "abonnement", "related", "relatedposts", "recommended",
            "recommendations", "recommandations", "sidebar", "advert", "advertisement", "ads", "ad",
            "adsbygoogle", "pub", "publicite", "sponsored", "sponsor", "promo", "promotion", "popup", "modal",
            "pagination", "pager", "paywall", "signup", "login",
            "follow", "rs", "reseaux", "pushs", "teaser", "teasers", "trending", "popular", "mostread",
            "readmore", "voiraussi", "lireaussi", "tags", "keywords", "print", "toolbar", "byline",
            "author", "auteur", "dateline", "timestamp", "caption", "credit", "credits", "rate", "rating", "ratings");

    /** Names that usually mean furniture but also name wrappers ("menu-wrapper", "main-nav-layout"). */
    private static final Set<String> WEAK = Set.of("menu", "nav", "navbar", "navigation", "footer", "pied",
            "header", "masthead", "banner", "widget", "widgets", "skip", "meta", "overlay", "hidden", "aside",
            "complementary", "extra", "more", "links", "liens", "bottom", "utility", "tools", "outils", "copyright",
            "rodape", "fusszeile");

    private static final Set<String> POSITIVE = Set.of("article", "content", "contenu", "body", "main", "post",
            "entry", "text", "texte", "story", "blog", "corps", "chapo", "chapeau", "lead", "paragraph",
            "richtext", "prose", "actualite");

    /**
     * Layout utility classes of CSS frameworks ("margin-bottom", "text-right", "border-top"): they say
     * where a box sits or how it is spaced, not what it holds.
     */
    private static final String[] UTILITY = {"margin", "padding", "border", "align", "valign", "float", "text", "spacing"};
    private static final int ANCHOR_WORDS = 4;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "(?i)(^|\\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|element-invisible|hide|d-none|is-hidden|u-hidden)(\\s|$)");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /**
     * A box squeezed to no height with its overflow cut off shows nothing, whatever it holds: pages keep
     * there copies of their date and source lines written for search engines.
     */
    private static final Pattern ZERO_HEIGHT = Pattern.compile(
            "(?i)(?<![\\w-])(?:max-)?height\\s*:\\s*0(?:\\.0+)?(?:px|em|rem|%)?\\s*(?:;|!|$)");
    private static final Pattern CLIPPED = Pattern.compile("(?i)overflow(?:-y)?\\s*:\\s*hidden");

    private BoilerplateVocabulary() { }

    /**
     * The words of el's id and class names, lower case: each name split at non-letters and at
     * camel-case humps ("sharingContainer" gives "sharing", "container"), plus each name with its
     * dashes and underscores removed ("voir-aussi" gives "voiraussi").
     */
    static List<String> words(Element el) {
        List<String> out = new ArrayList<>();
        if (!anchorOfItsHeading(el)) add(out, el.id());
        add(out, el.className());
        return out;
    }

    /**
     * An id of four words or more made from the element's own heading ("sharing-with-a-single-developer"
     * on the section headed "Sharing with a single developer"): documentation generators and editors
     * write such anchors, and they name the topic, not the element's role. Short ids ("comments",
     * "related-posts") still count, even when a heading says the same.
     */
    private static boolean anchorOfItsHeading(Element el) {
        String id = el.id();
        if (id.isEmpty() || id.split("[-_.:]+").length < ANCHOR_WORDS) return false;
        Element heading = HEADINGS.contains(el.normalName()) ? el : el.firstElementChild();
        if (heading == null || !HEADINGS.contains(heading.normalName())) return false;
        String anchor = ContentText.loose(id);
        return !anchor.isEmpty() && ContentText.loose(heading.text()).startsWith(anchor);
    }

    private static void add(List<String> out, String names) {
        if (names.isEmpty()) return;
        if (names.indexOf('-') >= 0 || names.indexOf('_') >= 0) names = withoutUtilityClasses(names);
        int n = names.length();
        StringBuilder word = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean hump = letter && Character.isUpperCase(c) && Character.isLowerCase(previous);
            if ((!letter || hump) && word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            if (letter) word.append(Character.toLowerCase(c));
            if (Character.isWhitespace(c)) {
                if (joined.length() > 0) out.add(joined.toString());
                joined.setLength(0);
            } else if (c != '-' && c != '_') {
                joined.append(Character.toLowerCase(c));
            }
            previous = c;
        }
    }

    /** NAMES with each utility class (a name starting with a {@link #UTILITY} word and a dash or underscore) made a space. */
    static String withoutUtilityClasses(String names) {
        StringBuilder out = null;
        int n = names.length();
        for (int start = 0; start <= n; ) {
            int end = start;
            while (end < n && !blank(names.charAt(end))) end++;
            boolean utility = utility(names, start, end);
            if (utility && out == null) out = new StringBuilder(n).append(names, 0, start);
            if (out != null) {
                if (utility) out.append(' ');
                else out.append(names, start, end);
                if (end < n) out.append(names.charAt(end));
            }
            start = end + 1;
        }
        return out == null ? names : out.toString();
    }

    /** The blanks that separate class names (a regular expression's {@code \\s}). */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean utility(String names, int start, int end) {
        for (String word : UTILITY) {
            int after = start + word.length();
            if (after < end && (names.charAt(after) == '-' || names.charAt(after) == '_') && asciiPrefix(names, start, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether NAMES holds WORD (lower case) at START, ASCII letters compared without case. */
    private static boolean asciiPrefix(String names, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = names.charAt(start + i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c != word.charAt(i)) return false;
        }
        return true;
    }

    static boolean hard(List<String> words) {
        for (String w : words) if (HARD.contains(w)) return true;
        return false;
    }

    static boolean strong(List<String> words) {
        for (String w : words) if (STRONG.contains(w)) return true;
        return false;
    }

    static boolean weak(List<String> words) {
        for (String w : words) if (WEAK.contains(w)) return true;
        return false;
    }

    static boolean positive(List<String> words) {
        for (String w : words) if (POSITIVE.contains(w)) return true;
        return false;
    }

    /** Readability-style class weight: -25 for furniture words, +25 for content words. */
    static int weight(Element el) {
        List<String> words = words(el);
        int w = 0;
        if (hard(words) || strong(words) || weak(words)) w -= 25;
        if (positive(words)) w += 25;
        return w;
    }

    private static boolean squeezed(String style) {
        return ZERO_HEIGHT.matcher(style).find() && CLIPPED.matcher(style).find();
    }

    static boolean hidden(Element el) {
        if (el.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(el.attr("aria-hidden"))) return true;
        String style = el.attr("style");
        if (!style.isEmpty() && (HIDDEN_STYLE.matcher(style).find() || squeezed(style))) return true;
        String cls = el.className();
        return !cls.isEmpty() && HIDDEN_CLASS.matcher(cls).find();
    }
}
