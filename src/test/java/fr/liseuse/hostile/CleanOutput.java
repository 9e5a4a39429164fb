package fr.liseuse.hostile;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The output invariants of CONTRACT §4 and accessibility-safety E-1/E-2/E-3, checked on what a
 * user's terminal or script would receive: no C0 control other than newline and tab (and not even
 * those in one-line values), no DEL, no C1 control, hence no escape sequence of either form, no
 * bidirectional control, nothing that is not encodable as UTF-8.
 */
final class CleanOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CleanOutput() { }

    /** Multi-line output (text, Markdown, the raw JSON document). */
    static void assertCleanText(String output, String what) {
        assertClean(output, true, what);
    }

    /** One-line values: titles, link texts, URLs, error messages. */
    static void assertCleanLine(String output, String what) {
        assertClean(output, false, what);
    }

    /** Parses the document (or each NDJSON line) and checks every string value inside, decoded. */
    static void assertCleanJson(String output, String what) {
        assertCleanText(output, what);
        for (String line : output.strip().split("\n")) {
            try {
                walk(JSON.readTree(line), "", what);
            } catch (JsonProcessingException e) {
                fail(what + ": not JSON: " + e.getOriginalMessage() + " in " + visible(line));
            }
        }
    }

    private static void walk(JsonNode node, String path, String what) {
        if (node.isTextual()) {
            boolean multiLine = path.endsWith(".text") || path.endsWith(".items[]") || path.endsWith(".snippet")
                    || path.endsWith(".rows[][]") || path.equals(".text");
            assertClean(node.asText(), multiLine, what + " " + path);
        } else if (node.isArray()) {
            for (JsonNode child : node) walk(child, path + "[]", what);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertClean(field.getKey(), false, what + " key");
                walk(field.getValue(), path + "." + field.getKey(), what);
            }
        }
    }

    private static void assertClean(String s, boolean multiLine, String what) {
        if (s == null) return;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowedSpace = multiLine && (c == '\n' || c == '\t');
            if ((c < 0x20 && !allowedSpace) || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || c == '\r') {
                fail(what + ": forbidden U+" + hex(c) + " at " + i + " in " + visible(s));
            }
        }
        try {
            StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
        } catch (CharacterCodingException e) {
            fail(what + ": not encodable as UTF-8 (lone surrogate): " + visible(s));
        }
    }

    /** Bytes as a terminal would receive them must decode back as UTF-8 without a replacement. */
    static void assertUtf8(byte[] bytes, String what) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            fail(what + ": output bytes are not valid UTF-8");
        }
    }

    static boolean isBidiControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    /** A failure message must not itself put escapes on the test runner's terminal. */
    static String visible(String s) {
        StringBuilder out = new StringBuilder();
        String cut = s.length() > 400 ? s.substring(0, 400) + "…" : s;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || Character.isSurrogate(c)) {
                out.append("\\u").append(hex(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
