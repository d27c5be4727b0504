package io.github.quarkmcp.it.websocket;

import static io.github.quarkmcp.it.websocket.McpWebSocketClient.JSON;
import static io.github.quarkmcp.it.websocket.McpWebSocketClient.TIMEOUT;
import static io.github.quarkmcp.it.websocket.McpWebSocketClient.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.websocket.McpWebSocketClient.Received;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Cancellation over WebSocket: by notifications/cancelled, and by the socket going away (which ends the session). */
@QuarkusTest
class WebSocketCancellationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @TestHTTPResource("/mcp")
    URI httpEndpoint;

    /** {@code abort}: the connection just drops (no close handshake); {@code close}: a 1000 close, then a drop. */
    @ParameterizedTest
    @ValueSource(strings = { "abort", "close" })
    void closingTheSocketMidCallCancelsTheCallAndEndsTheSession(String how) throws Exception {
        String label = "ws-close-" + how + "-" + UUID.randomUUID();
        String sessionId;
        McpWebSocketClient client = McpWebSocketClient.connect(endpoint);
        try {
            client.initialize();
            sessionId = McpWebSocketClient.text(client.callTool("sid", "session_id", null));
            assertFalse(sessionId.isBlank() || sessionId.equals("none"), () -> "session id: " + client.received());

            client.request(1, "tools/call", McpWebSocketClient.toolCall("wait_for_cancel",
                    JSON.createObjectNode().put("label", label), "close-token"));
            client.awaitMessage(TIMEOUT, m -> m.isProgressFor("close-token"));
            assertFalse(cancelledCalls().contains(label), "not cancelled yet");
            // Control: while the socket is open, the server knows the session, so the 404 below means it was ended.
            HttpResponse<String> live = pingOverHttp(sessionId);
            assertEquals(200, live.statusCode(), "live session " + sessionId + ": " + live.body());
        } finally {
            if (how.equals("close")) {
                client.close(); // sendClose(1000), wait briefly for the server's close, then abort
            } else {
                client.abort();
            }
        }

        // The tool saw its cancellation (its onCancel recorded the label).
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Set<String> cancelled = cancelledCalls();
        while (!cancelled.contains(label) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            cancelled = cancelledCalls();
        }
        assertTrue(cancelled.contains(label), "wait_for_cancel was not cancelled when its socket closed: " + cancelled);

        // The server holds nothing for the old session: over HTTP it is unknown.
        HttpResponse<String> response = pingOverHttp(sessionId);
        assertEquals(404, response.statusCode(), "old session " + sessionId + ": " + response.body());
    }

    @Test
    void notificationsCancelledStopsTheCallWithoutAResponse() {
        String label = "ws-cancel-" + UUID.randomUUID();
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            client.request(5, "tools/call", McpWebSocketClient.toolCall("wait_for_cancel",
                    JSON.createObjectNode().put("label", label), "cancel-token"));
            client.awaitMessage(TIMEOUT, m -> m.isProgressFor("cancel-token"));

            client.send(JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/cancelled")
                    .set("params", JSON.createObjectNode().put("requestId", 5).put("reason", "test")));

            // No response for the cancelled request...
            assertFalse(client.pollMessage(Duration.ofSeconds(1), m -> m.isResponseTo(5)).isPresent(),
                    () -> "a cancelled request must not be answered:" + describe(client.received()));
            // ...yet the socket still serves.
            JsonNode ping = client.call(6, "ping", null);
            assertTrue(ping.path("result").isObject(), ping::toString);
            Received pong = client.received().stream().filter(m -> m.isResponseTo(6)).findFirst().orElseThrow();

            // The tool saw the cancellation.
            JsonNode calls = client.callTool(7, "cancelled_calls", null);
            assertTrue(labels(calls).contains(label), () -> "cancelled_calls: " + calls);

            // Nothing of request 5 (not its response, not its progress) is sent once the cancellation is processed:
            // the server handles the cancellation before the ping, so nothing may follow the ping's response.
            client.pollMessage(Duration.ofMillis(300), m -> false);
            for (Received message : client.received()) {
                if (message.isResponseTo(5)) {
                    fail("a cancelled request must not be answered:" + describe(client.received()));
                }
                if (message.isProgressFor("cancel-token") && message.seq() > pong.seq()) {
                    fail("progress of a cancelled request after it was cancelled:" + describe(client.received()));
                }
            }
        }
    }

    /** POSTs a ping to the Streamable HTTP endpoint within session {@code sessionId}. */
    private HttpResponse<String> pingOverHttp(String sessionId) {
        HttpRequest post = HttpRequest.newBuilder(httpEndpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Mcp-Session-Id", sessionId)
                .header("MCP-Protocol-Version", "2025-11-25")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                .build();
        try {
            return HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("POST " + httpEndpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The labels cancelled_calls reports, asked on a socket of its own. */
    private Set<String> cancelledCalls() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();
            return labels(client.callTool("cc", "cancelled_calls", null));
        }
    }

    private static Set<String> labels(JsonNode toolResult) {
        Set<String> labels = new HashSet<>();
        JsonNode structured = toolResult.get("structuredContent");
        JsonNode array = structured != null && structured.isArray() ? structured
                : McpWebSocketClient.parse(McpWebSocketClient.text(toolResult));
        assertTrue(array.isArray(), () -> "cancelled_calls should list labels: " + toolResult);
        array.forEach(label -> labels.add(label.asText()));
        return labels;
    }
}
