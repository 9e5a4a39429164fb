package fr.liseuse.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.regex.Matcher;

/**
 * Builds hostile but plausible HTML from the fuzzer's choices: nested page structure (navigation,
 * article, lists, tables, quotes), attributes, character references, terminal escape sequences in
 * text, attributes and metadata, bidirectional controls, CJK, emoji, and runs of deep nesting.
 */
final class HtmlGrammar {

    private static final String[] CONTAINERS = {
        "div", "section", "article", "main", "nav", "header", "footer", "aside", "ul", "ol", "li", "p", "span",
        "blockquote", "table", "tr", "td", "th", "h1", "h2", "h3", "h6", "a", "em", "strong", "pre", "code",
        "form", "figure", "figcaption", "dl", "dd", "template", "noscript", "svg", "button", "label", "details",
    };
    private static final String[] VOIDS = {
        "br", "hr", "img alt=\"%s\" src=\"%s\"", "input value=\"%s\"", "meta name=\"description\" content=\"%s\"",
        "meta property=\"og:title\" content=\"%s\"", "link rel=\"canonical\" href=\"%s\"", "base href=\"%s\"",
        "meta property=\"article:published_time\" content=\"%s\"", "meta charset=\"%s\"",
    };
    private static final String[] CLASSES = {
        "content", "article-body", "menu", "main-nav", "breadcrumb", "cookie-banner", "share", "related",
        "newsletter", "footer", "search-results", "result", "contact", "paywall", "card", "\u001b[31m",
    };
    private static final String[] ATTRIBUTES = {
        "class", "id", "role", "lang", "dir", "title", "aria-label", "itemprop", "data-x", "style", "hidden",
    };
    private static final String[] URLS = {
        "https://www.lisiere.test/quotidien", "/dechets/collecte", "../../etc/passwd", "javascript:alert(1)",
        "tel:+33320474515", "tel:3919", "mailto:accueil@lisiere.test", "http://ex.fr/\u001b]0;pwn\u0007",
        "data:text/html,<script>1</script>", "//évil.test/\u202e", "#", "", "http://[::1", "https://ex.fr/%zz",
        "http://ex.fr/?q=\u0000\r\n", "ftp://x", "https://例え.テスト/パス", "\u0085https://ex.fr",
    };
    private static final String[] ATOMS = {
        "Les encombrants sont collectés sur rendez-vous. ", "Appelez le 03 20 47 45 15 ", "ou le 3919, ",
        "+33 (0)3 20 47 45 15", "0 800 05 95 95", "accueil@lisiere.test", "le 17 ou le 112", "116 006",
        "&amp;", "&lt;script&gt;", "&nbsp;", "&#27;[2J", "&#x1b;]0;titre&#7;", "&#x9b;31m", "&#155;", "&#0;",
        "&#xD800;", "&#x202E;", "&#8206;", "&#x1F642;", "&bogus;", "&#99999999;", "&", "<", ">",
        "\u001b[2J\u001b[3J", "\u001b]0;titre volé\u0007", "\u001b]8;;https://evil.test\u001b\\lien\u001b]8;;\u001b\\",
        "\u001b]52;c;Y2xpcGJvYXJk\u0007", "\u001bP+q\u001b\\", "\u009b2J", "\u009d0;x\u009c", "\u001b[201~",
        "\u001b]0;sans fin", "\r", "\u0000", "\u0007", "\u007f", "\u0085", "\u202e", "\u2066", "\u200f", "\u061c",
        "\u200b", "\ufeff", "\ud800", "\udc00", "\udb40\udc41", "日本語の文章", "한국어", "🙂👍🏽", "e\u0301",
        "\u2028", "\u2029", "\t", "\n", "  ", "Ω", "Ｅ", "\u00ad",
    };

    private final FuzzedDataProvider data;
    private final StringBuilder out = new StringBuilder();

    private HtmlGrammar(FuzzedDataProvider data) {
        this.data = data;
    }

    /** A document of at most a few hundred kilobytes, whatever the choices. */
    static String document(FuzzedDataProvider data) {
        HtmlGrammar grammar = new HtmlGrammar(data);
        grammar.page();
        return grammar.out.toString();
    }

    private void page() {
        if (data.consumeBoolean()) out.append("<!DOCTYPE html>");
        out.append("<html lang=\"").append(pick(new String[] {"fr", "en", "\u001b[1m", ""})).append("\"><head>");
        if (data.consumeBoolean()) out.append("<title>").append(text()).append("</title>");
        if (data.consumeBoolean()) {
            out.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
                    .append(text()).append("\",\"datePublished\":\"").append(text())
                    .append("\",\"author\":{\"name\":\"").append(text()).append("\"}}</script>");
        }
        voids(data.consumeInt(0, 3));
        out.append("</head><body>");
        int parts = data.consumeInt(1, 8);
        for (int i = 0; i < parts && data.remainingBytes() > 0; i++) node(0);
        out.append("</body></html>");
    }

    private void node(int depth) {
        int choice = data.consumeInt(0, 9);
        if (depth > 12 || choice < 3) {
            out.append(text());
        } else if (choice == 3) {
            voids(1);
        } else if (choice == 4) {
            deep();
        } else if (choice == 5 && data.consumeBoolean()) {
            out.append(pick(new String[] {"</div>", "</p></p>", "<p", "<!--", "-->", "<![CDATA[x]]>", "<a href=",
                "<?xml?>", "</html><p>après", "<table><p>dans table", "<li>sans liste", "<h1><h2>"}));
        } else {
            String tag = pick(CONTAINERS);
            out.append('<').append(tag);
            attributes(tag);
            out.append('>');
            int children = data.consumeInt(0, 4);
            for (int i = 0; i < children && data.remainingBytes() > 0; i++) node(depth + 1);
            if (data.consumeInt(0, 9) > 0) out.append("</").append(tag).append('>');
        }
    }

    private void attributes(String tag) {
        if (tag.equals("a")) out.append(" href=\"").append(pick(URLS)).append('"');
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
            String name = pick(ATTRIBUTES);
            String value = name.equals("class") || name.equals("id") ? pick(CLASSES) : text();
            out.append(' ').append(name).append("=\"").append(value.replace("\"", "&quot;")).append('"');
        }
    }

    private void voids(int count) {
        for (int i = 0; i < count; i++) {
            String template = pick(VOIDS);
            String filled = template.replaceFirst("%s", Matcher.quoteReplacement(attributeText()))
                    .replaceFirst("%s", Matcher.quoteReplacement(pick(URLS)));
            out.append('<').append(filled).append('>');
        }
    }

    /** A run of nested elements, deeper than any recursion on the way should go unbounded. */
    private void deep() {
        String tag = pick(new String[] {"div", "span", "li", "blockquote", "ul", "table", "a", "b"});
        int depth = data.consumeInt(1, 3000);
        for (int i = 0; i < depth; i++) out.append('<').append(tag).append('>');
        out.append(text());
        if (data.consumeBoolean()) {
            for (int i = 0; i < depth; i++) out.append("</").append(tag).append('>');
        }
    }

    private String text() {
        StringBuilder s = new StringBuilder();
        int atoms = data.consumeInt(0, 6);
        for (int i = 0; i < atoms; i++) {
            s.append(data.consumeBoolean() ? pick(ATOMS) : data.consumeString(24));
        }
        return s.toString();
    }

    private String attributeText() {
        return text().replace("\"", "&quot;");
    }

    private String pick(String[] choices) {
        return data.pickValue(choices);
    }
}
