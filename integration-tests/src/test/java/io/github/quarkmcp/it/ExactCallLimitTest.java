package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * <p>
 * On a small machine the calls still reach the server a fraction of a millisecond apart, wider than the window a
 * non-atomic check leaves, so this test may pass against such code; {@code McpSessionTest} in the runtime module
 * races the admission itself, thread against thread.
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
    private record Outcome(Object id, Socket running, JsonNode refusal) {
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

    /**
     * Sends {@link #CALLS} calls of wait_for_cancel at once, each on its own POST, and sees what became of each.
     * <p>
     * Each POST goes on a plain socket connected beforehand, and all are written at the same moment: an HTTP client
     * that opens its connections as it sends spreads the calls out by one connection set-up each, so that each is
     * let in or refused before the next arrives, and the race this test is about never happens.
     */
    private List<Outcome> callAtOnce(McpHttpClient client, ClientSession session, ExecutorService threads)
            throws Exception {
        List<RawCall> raw = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long id = client.nextId();
            String token = "http-limit-" + id + "-" + UUID.randomUUID();
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("name", "wait_for_cancel");
            params.put("arguments", Map.of("label", token));
            params.put("_meta", Map.of("progressToken", token));
            raw.add(new RawCall(id, token, new Socket(endpoint.getHost(), endpoint.getPort()),
                    post(session, McpHttpClient.message(id, "tools/call", params))));
        }
        Thread.sleep(200); // let the server take every connection in
        CountDownLatch ready = new CountDownLatch(CALLS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> calls = new ArrayList<>();
        for (RawCall call : raw) {
            calls.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.send();
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

    /** The bytes of a POST of {@code body} in {@code session}, with the headers MCP asks for. */
    private byte[] post(ClientSession session, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + endpoint.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                + "Accept: " + McpHttpClient.ACCEPT_BOTH + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Mcp-Session-Id: " + session.id() + "\r\n"
                + "MCP-Protocol-Version: " + session.protocolVersion() + "\r\n"
                + "Content-Length: " + content.length + "\r\n\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head8.length + content.length];
        System.arraycopy(head8, 0, all, 0, head8.length);
        System.arraycopy(content, 0, all, head8.length, content.length);
        return all;
    }

    /** One call on its own connection: written in one go, then read just far enough to tell what became of it. */
    private record RawCall(long id, String token, Socket socket, byte[] request) {

        Outcome send() throws Exception {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder seen = new StringBuilder();
            byte[] buffer = new byte[8192];
            while (true) {
                int read = in.read(buffer);
                if (read < 0) {
                    socket.close();
                    throw new AssertionError("call " + id + ": the connection ended with " + seen);
                }
                seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                String text = seen.toString();
                int bodyStart = text.indexOf("\r\n\r\n");
                if (bodyStart < 0) {
                    continue;
                }
                String head = text.substring(0, bodyStart).toLowerCase(Locale.ROOT);
                if (head.contains("content-type: application/json")) {
                    int length = Integer.parseInt(head.replaceAll("(?s).*content-length: *(\\d+).*", "$1"));
                    if (text.length() - bodyStart - 4 >= length) {
                        socket.close();
                        return new Outcome(id, null, McpHttpClient.parse(text.substring(bodyStart + 4)));
                    }
                } else if (text.contains("\"progressToken\":\"" + token + "\"")) {
                    return new Outcome(id, socket, null);
                }
            }
        }
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
