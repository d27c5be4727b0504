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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.it.websocket.McpWebSocketClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code quarkus.mcp.session.max-concurrent-calls} is exact, at its default of 32, whatever the transport: 200 calls
 * sent at once in one session let exactly 32 run and refuse every other one at once with -32000 "Server busy"; once
 * the 32 end (here: are cancelled), the limit counts from zero again and the next 200 let exactly 32 run. Over
 * Streamable HTTP each call is its own POST, so the calls reach the server on several connections and event loops
 * at the same moment: the case where a check followed by a separate tracking step lets more through.
 */
@QuarkusTest
class ExactCallLimitTest {

    private static final int LIMIT = 32; // the default
    private static final int CALLS = 200;

    @TestHTTPResource("/mcp")
    URI endpoint;

    @TestHTTPResource("/mcp/ws")
    URI webSocketEndpoint;

    /** What became of one call: running (its open stream) or refused (the error). */
    private record Outcome(Object id, McpHttpClient.Opened running, JsonNode refusal) {
    }

    @Test
    void overHttpExactlyTheLimitRunsAndTheLimitCountsAgainAfterwards() throws Exception {
        McpHttpClient client = new McpHttpClient(endpoint);
        ClientSession session = client.connect();
        ExecutorService threads = Executors.newFixedThreadPool(CALLS);
        try {
            for (int round = 1; round <= 2; round++) {
                List<Outcome> outcomes = callAtOnce(client, session, threads);
                List<Outcome> running = outcomes.stream().filter(o -> o.running() != null).toList();
                try {
                    int round0 = round;
                    assertEquals(LIMIT, running.size(), () -> "round " + round0 + ": calls let in of " + CALLS
                            + " sent at once, with the limit at " + LIMIT);
                    outcomes.stream().filter(o -> o.refusal() != null).forEach(o -> assertBusy(o.refusal(), o.id()));
                    assertEquals(CALLS - LIMIT, outcomes.stream().filter(o -> o.refusal() != null).count());
                } finally {
                    for (Outcome call : running) {
                        session.notify("notifications/cancelled", Map.of("requestId", call.id()));
                    }
                    for (Outcome call : running) {
                        call.running().body().rest(Duration.ofSeconds(5));
                        call.running().close();
                    }
                }
            }
        } finally {
            threads.shutdownNow();
            session.delete();
        }
    }

    @Test
    void overWebSocketExactlyTheLimitRunsAndTheLimitCountsAgainAfterwards() throws Exception {
        try (McpWebSocketClient client = McpWebSocketClient.connect(webSocketEndpoint)) {
            client.initialize();
            for (int round = 1; round <= 2; round++) {
                String prefix = "ws-limit-" + round + "-" + UUID.randomUUID() + "-";
                int from = client.received().size();
                for (int i = 0; i < CALLS; i++) {
                    client.request(prefix + i, "tools/call", waitForCancel(prefix + i));
                }
                // Every call either reports progress (it runs) or is refused; wait until all 200 are one or the other.
                Set<String> runningIds = Set.of();
                List<JsonNode> refusals = List.of();
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                while (System.nanoTime() - deadline < 0) {
                    List<McpWebSocketClient.Received> received = client.received();
                    List<JsonNode> messages = received.subList(from, received.size()).stream()
                            .map(McpWebSocketClient.Received::json).toList();
                    // (Only this round's: a call of the last round may report once more after `from`.)
                    runningIds = messages.stream().filter(m -> "notifications/progress".equals(m.path("method").asText()))
                            .map(m -> m.path("params").path("progressToken").asText())
                            .filter(token -> token.startsWith(prefix)).collect(Collectors.toSet());
                    refusals = messages.stream().filter(m -> m.has("error")).toList();
                    if (runningIds.size() + refusals.size() >= CALLS) {
                        break;
                    }
                    Thread.sleep(50);
                }
                try {
                    int round0 = round;
                    int running = runningIds.size();
                    assertEquals(LIMIT, running, () -> "round " + round0 + ": calls let in of " + CALLS
                            + " sent at once, with the limit at " + LIMIT);
                    refusals.forEach(refusal -> assertBusy(refusal, refusal.path("id").asText()));
                    assertEquals(CALLS - LIMIT, refusals.size());
                } finally {
                    for (String id : runningIds) {
                        client.notify("notifications/cancelled", McpHttpClient.JSON.createObjectNode()
                                .put("requestId", id));
                    }
                }
            }
        }
    }

    /** Sends {@link #CALLS} calls of wait_for_cancel at once, each on its own POST, and sees what became of each. */
    private static List<Outcome> callAtOnce(McpHttpClient client, ClientSession session, ExecutorService threads)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long id = client.nextId();
            String token = "http-limit-" + id + "-" + UUID.randomUUID();
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("name", "wait_for_cancel");
            params.put("arguments", Map.of("label", token));
            params.put("_meta", Map.of("progressToken", token));
            var request = session.post(McpHttpClient.message(id, "tools/call", params)).build();
            calls.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                McpHttpClient.Opened call = client.open(request);
                assertEquals(200, call.status(), () -> "tools/call " + id + ": " + call.headers().map());
                if (call.contentType().startsWith("application/json")) {
                    List<LineStream.Line> body = call.body().rest(TIMEOUT);
                    call.close();
                    return new Outcome(id, null, McpHttpClient.parse(
                            body.stream().map(LineStream.Line::text).collect(Collectors.joining("\n"))));
                }
                assertTrue(call.contentType().startsWith("text/event-stream"), call::contentType);
                SseEvent.readUntilProgress(call.body(), token, TIMEOUT);
                return new Outcome(id, call, null);
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "threads ready");
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> call : calls) {
            outcomes.add(call.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static ObjectNode waitForCancel(String label) {
        return McpWebSocketClient.toolCall("wait_for_cancel", McpHttpClient.JSON.createObjectNode().put("label", label),
                label);
    }

    /** The documented refusal: -32000, "Server busy: ...", naming the limit and its key, with the call's id. */
    private static void assertBusy(JsonNode refusal, Object id) {
        assertEquals(McpHttpClient.write(id), refusal.path("id").toString(), refusal::toString);
        assertFalse(refusal.has("result"), refusal::toString);
        assertEquals(-32000, refusal.path("error").path("code").asInt(), refusal::toString);
        String message = refusal.path("error").path("message").asText();
        assertTrue(message.startsWith("Server busy: ") && message.contains(" " + LIMIT + " ")
                && message.contains("quarkus.mcp.session.max-concurrent-calls"), message);
    }
}
