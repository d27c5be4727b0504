package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code tools/list}: the demo's tools, their schemas, and pagination. */
@QuarkusTest
class ToolsListTest {

    private static final List<String> DEMO_TOOLS = List.of("fail", "forecast", "greet", "process_items", "reset");

    @TestHTTPResource("/mcp")
    URI endpoint;

    ClientSession session;

    @BeforeEach
    void connect() {
        session = new McpHttpClient(endpoint).connect();
    }

    @Test
    void listsTheDemoToolsSortedByName() {
        McpResponse response = session.request("tools/list", null);

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.contentType());
        JsonNode result = response.result();
        List<String> names = new ArrayList<>();
        result.path("tools").forEach(tool -> names.add(tool.path("name").asText()));
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertEquals(sorted, names, "tools are listed sorted by name");
        // The five tools of ItemTools and ResultTools; other demo classes may add more.
        assertTrue(names.containsAll(DEMO_TOOLS), () -> "missing demo tools in " + names);
        assertEquals(DEMO_TOOLS, names.stream().filter(DEMO_TOOLS::contains).toList());
        assertFalse(result.has("nextCursor"), () -> "one page holds every tool: " + result);
        result.path("tools").forEach(tool -> {
            assertTrue(tool.path("description").isTextual(), () -> "description of " + tool);
            assertEquals("object", tool.path("inputSchema").path("type").asText(), () -> "inputSchema of " + tool);
        });
    }

    @Test
    void processItemsHasAnItemsArrayInputAndAnOutputSchema() {
        JsonNode tool = tool("process_items");

        assertEquals("Process a list of items with progress updates.", tool.path("description").asText());
        JsonNode input = tool.path("inputSchema");
        assertEquals("object", input.path("type").asText());
        JsonNode items = input.path("properties").path("items");
        assertEquals("array", items.path("type").asText(), () -> "items: " + input);
        assertEquals("string", items.path("items").path("type").asText(), () -> "items' elements: " + input);
        assertEquals("items to upper-case", items.path("description").asText());
        assertTrue(contains(input.path("required"), "items"), () -> "items is required: " + input);
        assertFalse(input.path("properties").has("ctx"), () -> "McpContext is not an argument: " + input);

        JsonNode output = tool.path("outputSchema");
        assertEquals("object", output.path("type").asText(), () -> "outputSchema: " + tool);
        assertEquals("integer", output.path("properties").path("processed").path("type").asText(), output::toString);
        assertEquals("array", output.path("properties").path("results").path("type").asText(), output::toString);
    }

    @Test
    void defaultedAndRequiredArgumentsAreDescribed() {
        JsonNode forecast = tool("forecast").path("inputSchema");
        assertTrue(contains(forecast.path("required"), "city"), forecast::toString);
        assertFalse(contains(forecast.path("required"), "units"), () -> "units has a default: " + forecast);
        assertEquals("METRIC", forecast.path("properties").path("units").path("default").asText(), forecast::toString);

        JsonNode greet = tool("greet");
        assertTrue(contains(greet.path("inputSchema").path("required"), "name"), greet::toString);
        assertTrue(greet.path("annotations").path("readOnlyHint").asBoolean(false), greet::toString);
    }

    @Test
    void aBogusCursorIsInvalidParams() {
        McpResponse response = session.request("tools/list", Map.of("cursor", "bogus"));

        assertEquals(200, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32602, error.path("code").asInt());
        assertEquals("Invalid params: unknown cursor", error.path("message").asText());
        assertEquals(response.requestId(), response.message().path("id").asLong());
    }

    private JsonNode tool(String name) {
        for (JsonNode tool : session.request("tools/list", null).result().path("tools")) {
            if (name.equals(tool.path("name").asText())) {
                return tool;
            }
        }
        throw new AssertionError("no tool " + name);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }
}
