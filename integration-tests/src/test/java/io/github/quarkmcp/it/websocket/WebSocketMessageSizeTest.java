package io.github.quarkmcp.it.websocket;

import static io.github.quarkmcp.it.websocket.McpWebSocketClient.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A message over quarkus.mcp.websocket.max-message-size closes the socket with 1009. */
@QuarkusTest
@TestProfile(WebSocketMessageSizeTest.SmallMessages.class)
class WebSocketMessageSizeTest {

    public static class SmallMessages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.websocket.max-message-size", "1K");
        }
    }

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void aMessageOverTheLimitClosesTheSocketWith1009() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();
            // A message under the limit is fine.
            assertTrue(client.call(1, "ping", null).path("result").isObject());

            // A well-formed 2 KB request: only its size is wrong.
            String padding = "x".repeat(2048);
            String big = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\","
                    + "\"arguments\":{\"name\":\"" + padding + "\"}}}";
            assertTrue(big.length() > 2048);
            client.sendText(big);

            McpWebSocketClient.CloseInfo close = client.awaitClose(TIMEOUT);
            assertEquals(1009, close.code(), close::toString);
            assertFalse(close.reason() == null || close.reason().isBlank(), () -> "the close should say why: " + close);
            assertTrue(client.received().stream().noneMatch(m -> m.isResponseTo(2)),
                    () -> "the oversized request must not be answered: " + client.received());
        }
    }

    @Test
    void aMessageJustUnderTheLimitIsServed() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();
            String name = "y".repeat(800);
            JsonNode result = client.callTool(3, "greet", McpWebSocketClient.JSON.createObjectNode().put("name", name));
            assertEquals("Hello, " + name + "!", McpWebSocketClient.text(result));
        }
    }

    @Test
    void aFragmentedMessageOverTheLimitClosesTheSocketWith1009() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            // Each frame is under the limit; the message they make is not.
            String head = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\","
                    + "\"arguments\":{\"name\":\"";
            client.sendFragments(head, "z".repeat(500), "z".repeat(500), "\"}}}");

            McpWebSocketClient.CloseInfo close = client.awaitClose(TIMEOUT);
            assertEquals(1009, close.code(), close::toString);
            assertTrue(client.received().stream().noneMatch(m -> m.isResponseTo(4)),
                    () -> "the oversized request must not be answered: " + client.received());
        }
    }
}
