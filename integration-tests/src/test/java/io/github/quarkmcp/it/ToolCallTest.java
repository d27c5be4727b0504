package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code tools/call} of each demo tool, and what bad calls get. */
@QuarkusTest
class ToolCallTest {

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client;
    ClientSession session;

    @BeforeEach
    void connect() {
        client = new McpHttpClient(endpoint);
        session = client.connect();
    }

    @Test
    void greetAnswersText() {
        McpResponse response = session.callTool("greet", Map.of("name", "Ada"));

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.contentType());
        JsonNode result = response.result();
        assertFalse(result.path("isError").asBoolean(true), result::toString);
        assertEquals(1, result.path("content").size(), result::toString);
        assertEquals("text", result.path("content").get(0).path("type").asText());
        assertEquals("Hello, Ada!", result.path("content").get(0).path("text").asText());
        assertFalse(result.has("structuredContent"), () -> "a String result is text only: " + result);
    }

    @Test
    void forecastAppliesTheDefaultUnits() {
        JsonNode result = session.callTool("forecast", Map.of("city", "Lyon")).result();

        assertFalse(result.path("isError").asBoolean(true), result::toString);
        JsonNode structured = result.path("structuredContent");
        assertEquals("Lyon", structured.path("city").asText(), result::toString);
        assertEquals("METRIC", structured.path("units").asText(), result::toString);
        assertEquals(21.5, structured.path("temperature").asDouble(), result::toString);
        assertEquals(structured, McpHttpClient.parse(result.path("content").get(0).path("text").asText()));
    }

    @Test
    void forecastTakesGivenUnits() {
        JsonNode structured = session.callTool("forecast", Map.of("city", "Boston", "units", "IMPERIAL")).result()
                .path("structuredContent");
        assertEquals("IMPERIAL", structured.path("units").asText(), structured::toString);
        assertEquals(70.7, structured.path("temperature").asDouble());
    }

    @Test
    void resetAnswersEmptyContent() {
        JsonNode result = session.callTool("reset", Map.of()).result();

        assertTrue(result.path("content").isArray(), result::toString);
        assertEquals(0, result.path("content").size(), result::toString);
        assertTrue(result.path("isError").isBoolean(), result::toString);
        assertFalse(result.path("isError").asBoolean(), result::toString);
    }

    @Test
    void failAnswersAToolErrorAndTheSessionGoesOn() {
        McpResponse response = session.callTool("fail", Map.of());

        assertEquals(200, response.status(), response::toString);
        JsonNode result = response.result();
        assertTrue(result.path("isError").asBoolean(false), result::toString);
        assertEquals("text", result.path("content").get(0).path("type").asText());
        assertEquals("it went wrong", result.path("content").get(0).path("text").asText());

        JsonNode greeting = session.callTool("greet", Map.of("name", "again")).result();
        assertEquals("Hello, again!", greeting.path("content").get(0).path("text").asText());
    }

    @Test
    void failSaysTheGivenReason() {
        JsonNode result = session.callTool("fail", Map.of("reason", "disk full")).result();
        assertTrue(result.path("isError").asBoolean(false), result::toString);
        assertEquals("disk full", result.path("content").get(0).path("text").asText());
    }

    @Test
    void anUnknownToolIsInvalidParams() {
        McpResponse response = session.callTool("nope", Map.of());

        assertEquals(200, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32602, error.path("code").asInt());
        assertEquals("Unknown tool: nope", error.path("message").asText());
        assertEquals(response.requestId(), response.message().path("id").asLong());
    }

    @Test
    void aMissingArgumentIsAProtocolErrorBefore20251125() {
        ClientSession old = client.connect("2025-06-18");

        McpResponse response = old.callTool("greet", Map.of());

        assertEquals(200, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32602, error.path("code").asInt());
        assertEquals("Invalid params: Missing required argument 'name'", error.path("message").asText());
    }

    @Test
    void aMissingArgumentIsAToolErrorFrom20251125() {
        McpResponse response = session.callTool("greet", Map.of());

        assertEquals(200, response.status(), response::toString);
        JsonNode result = response.result();
        assertTrue(result.path("isError").asBoolean(false), result::toString);
        assertEquals("Missing required argument 'name'", result.path("content").get(0).path("text").asText());
    }

    @Test
    void anArgumentOfTheWrongTypeNamesTheArgument() {
        JsonNode result = session.callTool("forecast", Map.of("city", "Oslo", "units", "KELVIN")).result();
        assertTrue(result.path("isError").asBoolean(false), result::toString);
        assertTrue(result.path("content").get(0).path("text").asText().startsWith("Invalid value for argument 'units'"),
                result::toString);
    }

    @Test
    void withoutTheVersionHeaderTheNegotiatedVersionApplies() {
        long id = client.nextId();
        McpResponse response = client.send(session.postWithoutVersion(McpHttpClient.message(id, "tools/call",
                Map.of("name", "greet", "arguments", Map.of()))), id);

        assertEquals(200, response.status(), response::toString);
        JsonNode result = response.result();
        assertTrue(result.path("isError").asBoolean(false), result::toString);
    }
}
