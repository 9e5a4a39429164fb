import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Build step (generate-sources): writes {@code fr.liseuse.text.MessageTexts}, the message bundles
 * {@code messages_fr.properties} and {@code messages_en.properties} as a class. The bundles stay the
 * one place where messages are written; the class is what the program reads, because a class sits in
 * the start-up cache while a resource means opening the jar and parsing the file at run time.
 * Run with the JDK's source launcher: {@code java GenerateMessageTexts.java BUNDLE_FOLDER OUTPUT_ROOT}.
 */
public final class GenerateMessageTexts {

    public static void main(String[] args) throws IOException {
        Path bundles = Path.of(args[0]);
        Path out = Path.of(args[1], "fr", "liseuse", "text", "MessageTexts.java");
        StringBuilder java = new StringBuilder();
        java.append("package fr.liseuse.text;\n\n")
            .append("/** Generated at build time from fr/liseuse/messages_fr|en.properties (edit those): the message texts. */\n")
            .append("final class MessageTexts {\n\n")
            .append("    private MessageTexts() { }\n");
        method(java, "french", load(bundles.resolve("messages_fr.properties")));
        method(java, "english", load(bundles.resolve("messages_en.properties")));
        java.append("}\n");
        Files.createDirectories(out.getParent());
        byte[] bytes = java.toString().getBytes(StandardCharsets.UTF_8);
        // Unchanged text, unchanged file: the compiler then has nothing new to compile.
        if (!Files.exists(out) || !Arrays.equals(Files.readAllBytes(out), bytes)) Files.write(out, bytes);
    }

    /** As ResourceBundle reads a bundle: UTF-8, with Properties' syntax. */
    private static TreeMap<String, String> load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String key : p.stringPropertyNames()) sorted.put(key, p.getProperty(key));
        return sorted;
    }

    private static void method(StringBuilder java, String name, TreeMap<String, String> texts) {
        java.append("\n    /** The pattern of KEY, or null when there is none. */\n")
            .append("    static String ").append(name).append("(String key) {\n")
            .append("        switch (key) {\n");
        texts.forEach((key, text) -> java.append("            case ").append(literal(key)).append(": return ")
                .append(literal(text)).append(";\n"));
        java.append("            default: return null;\n        }\n    }\n");
    }

    /** A Java string literal, ASCII only; no \\u escape for a line break, which javac reads before lexing. */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\%03o", (int) c));
            else if (c > 0x7e) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
