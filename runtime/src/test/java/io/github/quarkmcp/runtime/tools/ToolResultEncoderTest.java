package io.github.quarkmcp.runtime.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.TextContent;

/**
 * Tool results keep lone surrogates exactly, whichever writer produced them: Jackson (structured results, other
 * values) or our own (text, content items). The check is on the text as it goes to the wire, UTF-8 encoded.
 */
class ToolResultEncoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Item(String name, List<String> tags) {
    }

    private final ToolResultEncoder encoder = new ToolResultEncoder(JSON);

    @Test
    void aStructuredResultKeepsLoneSurrogatesInBothForms() throws Exception {
        String wire = onTheWire(encoder.encode(ResultKind.STRUCTURED, new Item("x\uDC00", List.of("\uD800", "\uD83D\uDE00"))));
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"{\\\"name\\\":\\\"x\\\\uDC00\\\",\\\"tags\\\":[\\\"\\\\uD800\\\",\\\"\uD83D\uDE00\\\"]}\"}],"
                + "\"structuredContent\":{\"name\":\"x\\uDC00\",\"tags\":[\"\\uD800\",\"\uD83D\uDE00\"]},\"isError\":false}", wire);
        JsonNode result = JSON.readTree(wire);
        assertEquals("x\uDC00", result.path("structuredContent").path("name").textValue());
        JsonNode fromText = JSON.readTree(result.path("content").path(0).path("text").textValue());
        assertEquals("\uD800", fromText.path("tags").path(0).textValue());
        assertEquals("\uD83D\uDE00", fromText.path("tags").path(1).textValue());
    }

    @Test
    void otherValuesWrittenByJacksonKeepThem() throws Exception {
        String wire = onTheWire(encoder.encode(ResultKind.JSON_TEXT, List.of("a\uD800")));
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"[\\\"a\\\\uD800\\\"]\"}],\"isError\":false}", wire);
    }

    @Test
    void textAndContentItemsKeepThem() throws Exception {
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"Hello, \\uDBFF!\"}],\"isError\":false}",
                onTheWire(encoder.encode(ResultKind.TEXT, "Hello, \uDBFF!")));
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"\\uDFFF\uD83D\uDE00\"}],\"isError\":false}",
                onTheWire(encoder.encode(ResultKind.CONTENT, new TextContent("\uDFFF\uD83D\uDE00"))));
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"bad \\uD800\"}],\"isError\":true}",
                onTheWire(encoder.error("bad \uD800")));
    }

    /** What the client receives: the text encoded to UTF-8 (as Vert.x does) and decoded again. */
    private static String onTheWire(String json) {
        return new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
