package io.github.quarkmcp.it.websocket;

import static io.github.quarkmcp.it.websocket.McpWebSocketClient.TIMEOUT;
import static io.github.quarkmcp.it.websocket.McpWebSocketClient.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What messages over WebSocket get: JSON-RPC errors for bad messages (the socket stays usable), a close for bad
 * frames; a message fragmented over several frames counts as one.
 */
@QuarkusTest
class WebSocketErrorsTest {

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void aBinaryFrameClosesTheSocketWith1003() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            client.sendBinary("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}".getBytes(StandardCharsets.UTF_8));

            McpWebSocketClient.CloseInfo close = client.awaitClose(TIMEOUT);
            assertEquals(1003, close.code(), close::toString);
            assertNotNull(close.reason());
            assertFalse(close.reason().isBlank(), () -> "the close should say why: " + close);
            assertTrue(client.received().stream().noneMatch(m -> m.isResponseTo(1)),
                    () -> "the binary ping must not be answered: " + client.received());
        }
    }

    @Test
    void malformedJsonGetsAParseErrorWithNullIdAndTheSocketStaysUsable() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            client.sendText("{nope");
            JsonNode error = client.awaitMessage(TIMEOUT, m -> m.json() != null && m.json().has("error")).json();
            assertError(error, -32700);
            assertTrue(error.has("id") && error.get("id").isNull(), () -> "id must be null: " + error);

            JsonNode ping = client.call(2, "ping", null);
            assertTrue(ping.path("result").isObject() && ping.path("result").isEmpty(), ping::toString);
        }
    }

    @Test
    void aBatchArrayIsAnInvalidRequest() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            client.sendText("[{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}]");
            JsonNode error = client.awaitMessage(TIMEOUT, m -> m.json() != null && m.json().has("error")).json();
            assertError(error, -32600);

            JsonNode ping = client.call(4, "ping", null);
            assertTrue(ping.path("result").isObject(), ping::toString);
            assertTrue(client.received().stream().noneMatch(m -> m.isResponseTo(3)),
                    () -> "the ping inside the batch must not be answered: " + client.received());
        }
    }

    @Test
    void anUnknownMethodIsMethodNotFound() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            JsonNode error = client.call("u1", "no/such/method", null);
            assertError(error, -32601);
            assertEquals("u1", error.path("id").asText(), error::toString);
            assertTrue(error.path("id").isTextual(), error::toString);
        }
    }

    @Test
    void aFragmentedTextMessageIsAssembledIntoOneRequest() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            client.sendFragments("{\"jsonrpc\":\"2.0\",\"id\":\"frag\",\"method\":\"tools/call\",",
                    "\"params\":{\"name\":\"greet\",", "\"arguments\":{\"name\":\"Fr\u00e4gment \ud83d\ude00\"}}}");

            JsonNode response = client.awaitResponse("frag", TIMEOUT).json();
            assertEquals("Hello, Fr\u00e4gment \ud83d\ude00!", McpWebSocketClient.text(response.path("result")),
                    response::toString);
        }
    }

    @Test
    void anUnknownToolIsInvalidParamsAndAFailingToolIsAToolError() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            JsonNode unknown = client.call(20, "tools/call", McpWebSocketClient.toolCall("no_such_tool", null, null));
            assertError(unknown, -32602);
            assertEquals(20, unknown.path("id").asInt(), unknown::toString);

            JsonNode failed = client.call(21, "tools/call", McpWebSocketClient.toolCall("fail",
                    McpWebSocketClient.JSON.createObjectNode().put("reason", "boom"), null));
            assertTrue(failed.path("result").path("isError").asBoolean(), failed::toString);
            assertEquals("boom", McpWebSocketClient.text(failed.path("result")), failed::toString);

            // The session is still usable.
            assertTrue(client.call(22, "ping", null).path("result").isObject());
        }
    }

    @Test
    void reusingTheIdOfARunningCallIsAnInvalidRequest() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();
            String label = "ws-dup-" + UUID.randomUUID();
            JsonNode arguments = McpWebSocketClient.JSON.createObjectNode().put("label", label);

            client.request(9, "tools/call", McpWebSocketClient.toolCall("wait_for_cancel", arguments, "dup"));
            client.awaitMessage(TIMEOUT, m -> m.isProgressFor("dup"));

            client.request(9, "tools/call", McpWebSocketClient.toolCall("greet",
                    McpWebSocketClient.JSON.createObjectNode().put("name", "again"), null));
            JsonNode duplicate = client.awaitResponse(9, TIMEOUT).json();
            assertError(duplicate, -32600);

            // The first call is still running and can still be cancelled by its id.
            client.notify("notifications/cancelled", McpWebSocketClient.JSON.createObjectNode().put("requestId", 9));
            JsonNode calls = client.callTool(10, "cancelled_calls", null);
            assertTrue(McpWebSocketClient.text(calls).contains(label), calls::toString);
        }
    }

    @Test
    void jsonWithTrailingGarbageIsAParseError() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            client.sendText("{\"jsonrpc\":\"2.0\",\"id\":30,\"method\":\"ping\"} trailing garbage");
            JsonNode answer = client.awaitMessage(TIMEOUT, m -> m.json() != null
                    && (m.json().has("error") || m.isResponseTo(30))).json();
            assertError(answer, -32700);
            assertTrue(answer.get("id").isNull(), answer::toString);
        }
    }
}
