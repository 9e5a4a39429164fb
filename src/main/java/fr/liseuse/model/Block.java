package fr.liseuse.model;

import java.util.List;

/** One typed piece of the main content. Text is never pre-wrapped. */
public sealed interface Block {

    /** The block's plain text, as it appears in the page's {@code text} field. */
    String plainText();

    record Heading(int level, RichText content) implements Block {
        public String plainText() { return content.text(); }
    }

    record Paragraph(RichText content) implements Block {
        public String plainText() { return content.text(); }
    }

    record ListBlock(boolean ordered, List<RichText> items) implements Block {
        public ListBlock { items = List.copyOf(items); }
        public String plainText() {
            return String.join("\n", items.stream().map(RichText::text).toList());
        }
    }

    record Quote(RichText content) implements Block {
        public String plainText() { return content.text(); }
    }

    record Table(List<List<String>> rows) implements Block {
        public Table { rows = rows.stream().map(List::copyOf).toList(); }
        public String plainText() {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                if (out.length() > 0) out.append('\n');
                out.append(String.join("\t", row));
            }
            return out.toString();
        }
    }

    /** An image, kept for its alternative text; {@code url} may be null. */
    record Image(String alt, String url) implements Block {
        public String plainText() { return alt; }
    }
}
