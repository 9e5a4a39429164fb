package fr.liseuse.app;

/** Turns a plain-text document into minimal HTML: blank-line separated paragraphs, first line as title. */
final class PlainText {

    private PlainText() { }

    static String toHtml(String text) {
        String[] paragraphs = text.replace("\r\n", "\n").strip().split("\n[ \t]*\n");
        StringBuilder html = new StringBuilder(text.length() + 256);
        html.append("<!DOCTYPE html><html><head><title>");
        if (paragraphs.length > 0) html.append(escape(paragraphs[0].lines().findFirst().orElse("")));
        html.append("</title></head><body><article>");
        for (String p : paragraphs) {
            if (p.isBlank()) continue;
            html.append("<p>").append(escape(p.strip()).replace("\n", "<br>")).append("</p>\n");
        }
        return html.append("</article></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
