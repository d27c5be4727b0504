package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.websocket.McpWebSocketClient;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A {@code notifications/cancelled} that arrives before its call (over Streamable HTTP they travel on different
 * connections, so it can overtake it) cancels the call when it comes: the tool never runs (no progress) and, as for
 * any cancelled call, there is no response. Cancellations of ids that never come are remembered only up to the
 * per-session bound ({@link McpSession#MAX_EARLY_CANCELS}), the newest kept: after 10,000 of them, a call with one
 * of the last {@code MAX_EARLY_CANCELS} ids is cancelled and a call with any earlier one runs. Both transports.
 */
@QuarkusTest
class EarlyCancellationTest {

    /** How long a call cancelled on arrival may take to end its stream, and how long we watch a socket for output. */
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final int NEVER_COMING = 10_000;

    @TestHTTPResource("/mcp")
    URI endpoint;

    @TestHTTPResource("/mcp/ws")
    URI webSocketEndpoint;

    @Test
    void overHttpACancellationBeforeItsCallCancelsIt() {
        McpHttpClient client = new McpHttpClient(endpoint);
        ClientSession session = client.connect();
        try {
            long id = client.nextId();
            String token = "early-" + UUID.randomUUID();
            McpResponse cancelled = session.notify("notifications/cancelled",
                    Map.of("requestId", id, "reason", "the user changed their mind"));
            assertEquals(202, cancelled.status(), cancelled::toString);

            List<String> stream = callAndReadStream(client, session, id, "wait_for_cancel", Map.of("label", token), token);
            assertTrue(stream.stream().noneMatch(line -> line.contains("\"jsonrpc\"")),
                    () -> "a call cancelled before it came must neither run (progress) nor be answered: " + stream);

            // The session goes on: the call holds no place, other calls run.
            session.assertAlive();
            assertEquals("Hello, Ada!", session.callTool("greet", Map.of("name", "Ada")).result().path("content")
                    .path(0).path("text").asText());
        } finally {
            session.delete();
        }
    }

    @Test
    void overWebSocketACancellationBeforeItsCallCancelsIt() throws InterruptedException {
        try (McpWebSocketClient client = McpWebSocketClient.connect(webSocketEndpoint)) {
            client.initialize();
            String token = "ws-early-" + UUID.randomUUID();
            client.notify("notifications/cancelled", McpHttpClient.JSON.createObjectNode().put("requestId", 5)
                    .put("reason", "the user changed their mind"));
            client.request(5, "tools/call", McpWebSocketClient.toolCall("wait_for_cancel",
                    McpHttpClient.JSON.createObjectNode().put("label", token), token));
            assertEquals("Hello, Bo!", McpWebSocketClient.text(client.callTool(6, "greet",
                    McpHttpClient.JSON.createObjectNode().put("name", "Bo"))));
            Thread.sleep(QUIET.toMillis()); // a tool that ran would have reported at once, and every 50 ms since
            assertTrue(client.received().stream().noneMatch(m -> m.isProgressFor(token) || m.isResponseTo(5)),
                    () -> "a call cancelled before it came must neither run (progress) nor be answered: "
                            + client.received());
        }
    }

    @Test
    void overHttpCancellationsOfIdsThatNeverComeStayBounded() throws Exception {
        McpHttpClient client = new McpHttpClient(endpoint);
        ClientSession session = client.connect();
        String prefix = "never-" + UUID.randomUUID() + "-";
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            // Most in parallel (their order does not matter: all of them are older than the last ones), the last
            // ones in order.
            int inOrder = 2 * McpSession.MAX_EARLY_CANCELS;
            List<Future<?>> sent = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                sent.add(threads.submit(() -> {
                    for (int i = first; i < NEVER_COMING - inOrder; i += 4) {
                        assertEquals(202, session.notify("notifications/cancelled", Map.of("requestId", prefix + i))
                                .status());
                    }
                }));
            }
            for (Future<?> thread : sent) {
                thread.get(120, TimeUnit.SECONDS);
            }
            for (int i = NEVER_COMING - inOrder; i < NEVER_COMING; i++) {
                assertEquals(202, session.notify("notifications/cancelled", Map.of("requestId", prefix + i)).status());
            }

            int oldestKept = NEVER_COMING - McpSession.MAX_EARLY_CANCELS;
            assertCancelledOverHttp(client, session, prefix + (NEVER_COMING - 1));
            assertCancelledOverHttp(client, session, prefix + oldestKept);
            assertGreetedOverHttp(session, prefix + (oldestKept - 1));
            assertGreetedOverHttp(session, prefix + 0);
        } finally {
            threads.shutdownNow();
            session.delete();
        }
    }

    @Test
    void overWebSocketCancellationsOfIdsThatNeverComeStayBounded() throws InterruptedException {
        try (McpWebSocketClient client = McpWebSocketClient.connect(webSocketEndpoint)) {
            client.initialize();
            String prefix = "ws-never-" + UUID.randomUUID() + "-";
            for (int i = 0; i < NEVER_COMING; i++) {
                client.notify("notifications/cancelled", McpHttpClient.JSON.createObjectNode()
                        .put("requestId", prefix + i));
            }
            int oldestKept = NEVER_COMING - McpSession.MAX_EARLY_CANCELS;
            List<String> cancelled = List.of(prefix + (NEVER_COMING - 1), prefix + oldestKept);
            List<String> greeted = List.of(prefix + (oldestKept - 1), prefix + 0);
            for (String id : cancelled) {
                client.request(id, "tools/call", greet());
            }
            for (String id : greeted) {
                JsonNode response = client.awaitResponse(sendGreet(client, id), TIMEOUT).json();
                assertEquals("Hello, Cy!", response.path("result").path("content").path(0).path("text").asText(),
                        () -> "a call whose cancellation was forgotten runs: " + response);
            }
            Thread.sleep(QUIET.toMillis());
            for (String id : cancelled) {
                Optional<McpWebSocketClient.Received> answer = client.received().stream()
                        .filter(m -> m.isResponseTo(id)).findFirst();
                assertFalse(answer.isPresent(), () -> "call " + id + " is one of the last "
                        + McpSession.MAX_EARLY_CANCELS + " cancelled, yet answered: " + answer.get().text());
            }
        }
    }

    private static JsonNode greet() {
        return McpWebSocketClient.toolCall("greet", McpHttpClient.JSON.createObjectNode().put("name", "Cy"), null);
    }

    private static String sendGreet(McpWebSocketClient client, String id) {
        client.request(id, "tools/call", greet());
        return id;
    }

    private static void assertCancelledOverHttp(McpHttpClient client, ClientSession session, String id) {
        List<String> stream = callAndReadStream(client, session, id, "greet", Map.of("name", "Cy"), null);
        assertTrue(stream.stream().noneMatch(line -> line.contains("\"jsonrpc\"")),
                () -> "call " + id + " is one of the last " + McpSession.MAX_EARLY_CANCELS
                        + " cancelled, yet answered: " + stream);
    }

    private static void assertGreetedOverHttp(ClientSession session, String id) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", "greet");
        params.put("arguments", Map.of("name", "Cy"));
        McpResponse response = session.client().send(session.post(McpHttpClient.message(id, "tools/call", params)), id);
        assertEquals("Hello, Cy!", response.result().path("content").path(0).path("text").asText(),
                () -> "a call whose cancellation was forgotten runs: " + response);
    }

    /** Posts a call and reads its whole response body; fails if it is still open {@link #QUIET} later. */
    private static List<String> callAndReadStream(McpHttpClient client, ClientSession session, Object id, String tool,
            Map<String, ?> arguments, String token) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", tool);
        params.put("arguments", arguments);
        if (token != null) {
            params.put("_meta", Map.of("progressToken", token));
        }
        try (McpHttpClient.Opened call = client.open(session.post(McpHttpClient.message(id, "tools/call", params))
                .build())) {
            assertEquals(200, call.status(), () -> "tools/call " + id + ": " + call.headers().map());
            List<String> lines = new ArrayList<>();
            try {
                call.body().rest(QUIET).forEach(line -> lines.add(line.text()));
            } catch (AssertionError e) {
                throw new AssertionError("call " + id + " still open " + QUIET + " after it was sent (its cancellation "
                        + "came first): it runs; read so far: " + lines + ": " + e.getMessage(), e);
            }
            return lines;
        }
    }
}
