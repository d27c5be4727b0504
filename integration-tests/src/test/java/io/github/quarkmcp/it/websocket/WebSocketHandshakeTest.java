package io.github.quarkmcp.it.websocket;

import static io.github.quarkmcp.it.websocket.McpWebSocketClient.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Opening an MCP session over WebSocket: subprotocol, Origin check, initialize, ping. */
@QuarkusTest
class WebSocketHandshakeTest {

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void subprotocolIsEchoedAndInitializeAndPingWork() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            assertEquals("mcp", client.subprotocol());

            JsonNode result = client.initialize();
            assertEquals("2025-11-25", result.path("protocolVersion").asText(), result::toString);
            assertTrue(result.path("capabilities").path("tools").isObject(), () -> "capabilities.tools: " + result);
            assertEquals("quarkus-mcp-demo", result.path("serverInfo").path("name").asText(), result::toString);

            JsonNode ping = client.call(1, "ping", null);
            assertEquals("2.0", ping.path("jsonrpc").asText(), ping::toString);
            assertEquals(1, ping.path("id").asInt(), ping::toString);
            assertTrue(ping.path("id").isIntegralNumber(), ping::toString);
            assertTrue(ping.path("result").isObject() && ping.path("result").isEmpty(), () -> "ping result: " + ping);
        }
    }

    @Test
    void aPageFromLocalhostIsAccepted() {
        String origin = "http://localhost:" + endpoint.getPort();
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint, origin)) {
            assertEquals("mcp", client.subprotocol());
            client.initialize();
            JsonNode ping = client.call("p", "ping", null);
            assertTrue(ping.path("result").isObject(), ping::toString);
        }
    }

    @Test
    void aPageFromAnotherOriginIsRefusedWith403() {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> McpWebSocketClient.connectAsync(endpoint, "http://evil.example.com")
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .close());
        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, failure.getCause(),
                () -> "expected a refused handshake, got " + failure.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
    }
}
