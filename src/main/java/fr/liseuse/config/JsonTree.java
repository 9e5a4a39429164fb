package fr.liseuse.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON document into Jackson's tree ({@link JsonNode}) with the streaming parser alone.
 * {@code new ObjectMapper().readTree(…)} gives the same tree, but sets up the whole of data binding
 * first: 40 to 60 ms of the start-up of any command that opens a site's page, for two small profile
 * files. As with {@code readTree}: an empty document is a {@link MissingNode}, a repeated key keeps
 * its last value, and nesting is bounded by the parser's own limit (an error, not a stack overflow).
 */
public final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() { }

    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return document(parser);
        }
    }

    public static JsonNode read(InputStream json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return document(parser);
        }
    }

    /**
     * As {@link #read(byte[])}, but anything after the value is an error (where readTree ignores it):
     * in a file a person wrote, a second value is a slip or a paste made twice, to be pointed at.
     */
    public static JsonNode readWhole(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonNode value = document(parser);
            if (parser.nextToken() != null) throw new JsonParseException(parser, "content after the JSON value");
            return value;
        }
    }

    private static JsonNode document(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        return first == null ? MissingNode.getInstance() : value(parser, first);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }
}
