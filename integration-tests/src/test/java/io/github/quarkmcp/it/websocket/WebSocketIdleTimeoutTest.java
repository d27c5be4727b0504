package io.github.quarkmcp.it.websocket;

import static io.github.quarkmcp.it.websocket.McpWebSocketClient.JSON;
import static io.github.quarkmcp.it.websocket.McpWebSocketClient.TIMEOUT;
import static io.github.quarkmcp.it.websocket.McpWebSocketClient.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.github.quarkmcp.it.McpHttpClient;
import io.github.quarkmcp.it.McpResponse;
import io.github.quarkmcp.it.websocket.McpWebSocketClient.CloseInfo;
import io.github.quarkmcp.it.websocket.McpWebSocketClient.Received;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code quarkus.mcp.websocket.idle-timeout} (one second here) with pings every 200 ms: a socket that sends no
 * message while no call runs is closed with 1000 "Idle timeout"; a running call keeps it open however long the client
 * stays silent, and once the call is cancelled the idle rule applies again.
 * <p>
 * The JDK client answers the server's pings by itself, so the ping rule (no answer for two intervals, 1001) must not
 * close these sockets: a close with 1000 after more than the idle timeout shows the pongs arrived all along.
 */
@QuarkusTest
@TestProfile(WebSocketIdleTimeoutTest.ShortTimeouts.class)
class WebSocketIdleTimeoutTest {

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.websocket.ping-interval", "200ms",
                    "quarkus.mcp.websocket.idle-timeout", "1S");
        }
    }

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);
    /** The least time between the last message and the idle close the client may see (clock granularity aside). */
    private static final Duration AT_LEAST = IDLE_TIMEOUT.minusMillis(100);
    /** The most time the close may take: the timeout, a ping interval, and a generous margin for slow machines. */
    private static final Duration AT_MOST = Duration.ofSeconds(6);

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @TestHTTPResource("/mcp")
    URI httpEndpoint;

    @Test
    void aSilentSocketIsClosedForIdleness() throws InterruptedException {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();
            String sessionId = McpWebSocketClient.text(client.callTool("sid", "session_id", null));
            // The response came back, so the server has had the last message by now.
            long lastMessage = System.nanoTime();

            CloseInfo close = client.awaitClose(AT_MOST);
            Duration waited = Duration.ofNanos(System.nanoTime() - lastMessage);
            assertEquals(new CloseInfo(1000, "Idle timeout"), close, () -> "close after " + waited);
            assertTrue(waited.compareTo(AT_LEAST) >= 0,
                    () -> "closed after " + waited + ", before the idle timeout of " + IDLE_TIMEOUT);

            // Closing the socket ended its session.
            assertSessionEnded(sessionId);
        }
    }

    @Test
    void aRunningCallKeepsTheSocketOpenUntilItIsCancelled() throws InterruptedException {
        String label = "ws-idle-" + UUID.randomUUID();
        String token = "idle-" + label;
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();
            client.request(1, "tools/call", McpWebSocketClient.toolCall("wait_for_cancel",
                    JSON.createObjectNode().put("label", label), token));
            client.awaitMessage(TIMEOUT, m -> m.isProgressFor(token)); // the call runs
            long callRunning = System.nanoTime();

            // Silent for twice the idle timeout while the call runs: the socket stays open...
            Thread.sleep(2 * IDLE_TIMEOUT.toMillis());
            assertFalse(client.socket().isInputClosed(), () -> "the socket was closed while a call ran after "
                    + Duration.ofNanos(System.nanoTime() - callRunning) + ":" + describe(client.received()));
            // ...and the call still reports: a progress notification arrives after the wait.
            int mark = client.received().size();
            Received later = client.awaitMessage(TIMEOUT, m -> m.isProgressFor(token) && m.seq() >= mark);
            assertTrue(later.seq() >= mark);
            assertFalse(client.socket().isInputClosed(), "socket still open");
            assertFalse(client.received().stream().anyMatch(m -> m.isResponseTo(1)),
                    () -> "wait_for_cancel must still run:" + describe(client.received()));

            // Cancelling the call is a message; then nothing runs and the socket is silent: it is closed for idleness.
            client.send(JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/cancelled")
                    .set("params", JSON.createObjectNode().put("requestId", 1).put("reason", "test")));
            long cancelled = System.nanoTime();

            CloseInfo close = client.awaitClose(AT_MOST);
            Duration waited = Duration.ofNanos(System.nanoTime() - cancelled);
            assertEquals(new CloseInfo(1000, "Idle timeout"), close,
                    () -> "close " + waited + " after the cancellation:" + describe(client.received()));
            assertTrue(waited.compareTo(AT_LEAST) >= 0,
                    () -> "closed " + waited + " after the last message, before the idle timeout of " + IDLE_TIMEOUT);
        }
    }

    /** Over Streamable HTTP, the session is unknown (404) within a few seconds. */
    private void assertSessionEnded(String sessionId) throws InterruptedException {
        McpHttpClient http = new McpHttpClient(httpEndpoint);
        String ping = McpHttpClient.message(1, "ping", null);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        McpResponse response;
        do {
            response = http.send(http.post(ping)
                    .header("Mcp-Session-Id", sessionId)
                    .header("MCP-Protocol-Version", McpHttpClient.LATEST));
            if (response.status() == 404) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() - deadline < 0);
        McpResponse last = response;
        assertEquals(404, last.status(), () -> "session " + sessionId + " outlived its socket: " + last);
    }
}
