package fr.liseuse.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-level JSON objects through Jackson's streaming API (no object mapper to load at start-up):
 * writes string and number fields, reads the top-level scalar fields and skips nested values.
 */
final class FlatJson {

    private final JsonFactory factory = new JsonFactory();

    String write(Map<String, ?> fields) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, ?> field : fields.entrySet()) {
                Object value = field.getValue();
                if (value == null) g.writeNullField(field.getKey());
                else if (value instanceof Number n) g.writeNumberField(field.getKey(), n.longValue());
                else g.writeStringField(field.getKey(), value.toString());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    /** The top-level scalar fields as text (null values are left out); nested values are skipped. */
    Map<String, String> read(String json) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) p.skipChildren();
                else if (value != JsonToken.VALUE_NULL) fields.put(name, p.getText());
            }
            if (token != JsonToken.END_OBJECT) throw new IOException("truncated JSON object");
        }
        return fields;
    }
}
