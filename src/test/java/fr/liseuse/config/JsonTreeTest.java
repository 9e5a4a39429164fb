package fr.liseuse.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profiles, settings and contacts read without data binding still give the tree readTree gives. */
class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> DOCUMENTS = List.of(
            "{\"name\": \"mel\", \"selectors\": {\"exclude\": [\".cookie\", \"#pied\"], \"menu\": null}}",
            "{\"lineMode\": true, \"lang\": \"fr\", \"extra\": [1, -2, 3.5, 1e3, 12345678901, 123456789012345678901234567890]}",
            "[{\"label\": \"Sœur\", \"phone\": \"06 12 34 56 78\"}, {\"label\": \"\\u00e9\\n\\\"q\\\"\", \"phone\": \"\"}]",
            "{\"a\": 1, \"a\": 2}",
            "\"just a string\"",
            "false",
            "null",
            "{}",
            "[[[[[]]]]]",
            "{\"a\": {\"b\": {\"c\": [true, false, null]}}} trailing");

    @Test
    void givesTheTreeObjectMapperGives() throws IOException {
        for (String json : DOCUMENTS) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertEquals(MAPPER.readTree(bytes), JsonTree.read(bytes), json);
            assertEquals(MAPPER.readTree(new ByteArrayInputStream(bytes)), JsonTree.read(new ByteArrayInputStream(bytes)), json);
        }
    }

    @Test
    void anEmptyDocumentIsMissingNotNull() throws IOException {
        assertTrue(JsonTree.read(new byte[0]).isMissingNode());
        assertTrue(JsonTree.read("  \n".getBytes(StandardCharsets.UTF_8)).isMissingNode());
    }

    @Test
    void malformedDocumentsAreJsonErrorsWithTheirLine() {
        for (String json : List.of("{\"a\": }", "{\"a\": 1,\n \"b\"", "[1, 2", "{'single': 1}")) {
            JsonProcessingException failure = assertThrows(JsonProcessingException.class,
                    () -> JsonTree.read(json.getBytes(StandardCharsets.UTF_8)), json);
            assertTrue(failure.getLocation() != null && failure.getLocation().getLineNr() >= 1, json);
        }
    }

    @Test
    void nestingDeeperThanTheParserAllowsIsAJsonErrorNotAStackOverflow() {
        byte[] deep = "[".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        assertThrows(JsonProcessingException.class, () -> JsonTree.read(deep), "100,000 nested arrays");
    }
}
