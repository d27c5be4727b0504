package io.github.quarkmcp.it;


import static io.github.quarkmcp.it.McpHttpClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The lifecycle handshake over Streamable HTTP: initialize, notifications/initialized, ping. */
@QuarkusTest
class InitializeTest {

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client;

    @BeforeEach
    void client() {
        client = new McpHttpClient(endpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-11-25", "2025-06-18", "2025-03-26" })
    void initializeEchoesASupportedVersionAndOpensASession(String version) {
        McpResponse response = client.initialize(version);

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.contentType());
        String sessionId = response.header("Mcp-Session-Id").orElseThrow(() -> new AssertionError(response));
        assertTrue(sessionId.length() >= 32, () -> "session id should be long and unguessable: " + sessionId);
        assertTrue(sessionId.chars().allMatch(c -> c >= 0x21 && c <= 0x7E),
                () -> "session id must be visible ASCII: " + sessionId);

        JsonNode result = response.result();
        assertEquals(version, result.path("protocolVersion").asText());
        assertTrue(result.path("capabilities").path("tools").isObject(), () -> "capabilities.tools: " + result);
        assertTrue(result.path("capabilities").path("logging").isObject(), () -> "capabilities.logging: " + result);
        assertEquals("quarkus-mcp-demo", result.path("serverInfo").path("name").asText());
        assertTrue(result.path("serverInfo").path("version").isTextual(), () -> "serverInfo.version: " + result);
        assertEquals("Demo tools of quarkus-mcp: process_items shows progress while it works.",
                result.path("instructions").asText());
    }

    @Test
    void anUnknownVersionIsAnsweredWithTheLatest() {
        McpResponse response = client.initialize("2099-01-01");

        assertEquals(200, response.status(), response::toString);
        assertTrue(response.header("Mcp-Session-Id").isPresent(), response::toString);
        assertEquals("2025-11-25", response.result().path("protocolVersion").asText());
    }

    @Test
    void eachInitializeGetsItsOwnSession() {
        String first = client.connect().id();
        String second = client.connect().id();
        assertNotEquals(first, second);
    }

    @Test
    void initializedNotificationIsAcceptedWithoutBody() {
        McpResponse init = client.initialize(McpHttpClient.LATEST);
        String sessionId = init.header("Mcp-Session-Id").orElseThrow();

        McpResponse response = client.send(client.post(McpHttpClient.message(null, "notifications/initialized", null))
                .header("Mcp-Session-Id", sessionId)
                .header("MCP-Protocol-Version", McpHttpClient.LATEST));

        assertEquals(202, response.status(), response::toString);
        assertEquals("", response.body());
    }

    @Test
    void pingAnswersAnEmptyResult() {
        ClientSession session = client.connect();

        McpResponse response = session.ping();

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.contentType());
        JsonNode result = response.result();
        assertTrue(result.isObject() && result.isEmpty(), () -> "ping result should be {}: " + result);
    }

    @Test
    void initializeWithoutProtocolVersionFailsAndLeavesNoSession() {
        long id = client.nextId();
        McpResponse response = client.send(client.post(McpHttpClient.message(id, "initialize",
                Map.of("capabilities", Map.of(), "clientInfo", Map.of("name", "t", "version", "1")))), id);

        assertEquals(200, response.status(), response::toString);
        assertFalse(response.header("Mcp-Session-Id").isPresent(), () -> "no session for a failed initialize: " + response);
        JsonNode error = response.error();
        assertEquals(-32602, error.path("code").asInt());
        assertEquals("Invalid params: initialize needs \"protocolVersion\" (a string)", error.path("message").asText());
        assertEquals(id, response.message().path("id").asLong());
    }

    @Test
    void initializeCannotBePartOfABatch() {
        ClientSession session = client.connect("2025-03-26");

        McpResponse response = session.send("[" + McpHttpClient.message(7, "initialize",
                McpHttpClient.initializeParams("2025-03-26")) + "," + McpHttpClient.message(8, "ping", null) + "]");

        // The initialize element gets its own error; the rest of the batch is answered.
        assertEquals(200, response.status(), response::toString);
        assertEquals("text/event-stream", response.contentType(), response::toString);
        List<JsonNode> messages = response.events().stream().map(SseEvent::json).toList();
        assertEquals(2, messages.size(), response::toString);
        JsonNode refusal = messages.stream().filter(m -> m.path("id").asInt() == 7).findFirst().orElseThrow();
        assertEquals(-32600, refusal.path("error").path("code").asInt(), refusal::toString);
        assertEquals("Invalid request: initialize must not be part of a batch",
                refusal.path("error").path("message").asText());
        assertTrue(messages.stream().anyMatch(m -> m.path("id").asInt() == 8 && m.has("result")), messages::toString);
    }

    @Test
    void aSessionIsNeededBeforeAnythingButInitialize() {
        McpResponse response = client.send(client.post(McpHttpClient.message(1, "ping", null)));
        assertRefused(response, 400, -32600, "Bad Request: the Mcp-Session-Id header is missing; send initialize first"
                + " (or, in protocol version 2026-07-28, send \"_meta\" with the request)");
    }
}
