package fr.liseuse.app;

/**
 * Turns a plain-text document into minimal HTML: its first line is the title, shown once (not again
 * as the first line of the body), and the rest is blank-line separated paragraphs. A Markdown-style
 * title ({@code # Titre}, or a line underlined with {@code ===} or {@code ---}) loses its marks.
 * A document of one line has no title: that line is its body.
 */
final class PlainText {

    private PlainText() { }

    static String toHtml(String text) {
        String document = text.replace("\r\n", "\n").strip();
        int end = document.indexOf('\n');
        String title = end < 0 ? "" : document.substring(0, end).strip().replaceFirst("^#{1,6}\\s+", "");
        String body = end < 0 ? document : document.substring(end + 1).replaceFirst("^[ \t]*(=+|-+)[ \t]*(\n|$)", "");
        StringBuilder html = new StringBuilder(text.length() + 256);
        html.append("<!DOCTYPE html><html><head><title>").append(escape(title)).append("</title></head><body><article>");
        for (String p : body.split("\n[ \t]*\n")) {
            if (p.isBlank()) continue;
            html.append("<p>").append(escape(p.strip()).replace("\n", "<br>")).append("</p>\n");
        }
        return html.append("</article></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
