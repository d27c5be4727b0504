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
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code quarkus.mcp.session.max-concurrent-calls}, set to 2 here: with two calls running, a session's third
 * {@code tools/call} is refused with JSON-RPC error -32000 naming the limit; other sessions are not affected, and
 * once a call ends (here: is cancelled) the session can call again.
 */
@QuarkusTest
@TestProfile(MaxConcurrentCallsTest.TwoCalls.class)
class MaxConcurrentCallsTest {

    public static class TwoCalls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.session.max-concurrent-calls", "2");
        }
    }

    @TestHTTPResource("/mcp")
    URI endpoint;

    @Test
    void aThirdCallIsRefusedUntilOneEnds() throws InterruptedException {
        McpHttpClient client = new McpHttpClient(endpoint);
        ClientSession session = client.connect();
        long first = client.nextId();
        long second = client.nextId();
        try (McpHttpClient.Opened one = startWaitForCancel(client, session, first);
                McpHttpClient.Opened two = startWaitForCancel(client, session, second)) {

            // Two calls run: a third one, however quick, is refused.
            McpResponse third = session.callTool("greet", Map.of("name", "Ada"));
            assertEquals(200, third.status(), third::toString);
            JsonNode refusal = third.message();
            assertEquals(McpHttpClient.write(third.requestId()), refusal.path("id").toString(), refusal::toString);
            assertTrue(refusal.has("error"),
                    () -> "with two calls running (the limit), a third tools/call must be refused: " + refusal);
            JsonNode error = third.error();
            assertEquals(-32000, error.path("code").asInt(), refusal::toString);
            String message = error.path("message").asText();
            assertTrue(message.contains("quarkus.mcp.session.max-concurrent-calls") && message.contains("2"),
                    () -> "the refusal should name the limit: " + message);
            // Other requests of the session are not calls: they go on.
            session.assertAlive();

            // Another session has its own budget.
            ClientSession other = client.connect();
            assertEquals("Hello, Bo!", text(other.callTool("greet", Map.of("name", "Bo")).result()));
            other.delete();

            // Once one call ends, a new one is accepted.
            McpResponse cancelled = session.notify("notifications/cancelled", Map.of("requestId", first));
            assertEquals(202, cancelled.status(), cancelled::toString);
            JsonNode accepted = awaitAccepted(session, Duration.ofSeconds(5));
            assertEquals("Hello, Cy!", text(accepted), accepted::toString);
        } finally {
            session.delete(); // cancels what still runs
        }
    }

    /** Calls greet until it is accepted (the cancelled call is forgotten asynchronously) or {@code timeout} passes. */
    private static JsonNode awaitAccepted(ClientSession session, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            McpResponse response = session.callTool("greet", Map.of("name", "Cy"));
            JsonNode message = response.message();
            if (message.has("result")) {
                return response.result();
            }
            assertEquals(-32000, message.path("error").path("code").asInt(), message::toString);
            assertTrue(System.nanoTime() - deadline < 0,
                    () -> "a call is still refused " + timeout + " after one of the two was cancelled: " + message);
            Thread.sleep(50);
        }
    }

    private static String text(JsonNode result) {
        assertFalse(result.path("isError").asBoolean(), result::toString);
        return result.path("content").path(0).path("text").asText();
    }

    /** Starts wait_for_cancel with a progress token and returns once it reported (it runs). */
    private static McpHttpClient.Opened startWaitForCancel(McpHttpClient client, ClientSession session, long id) {
        String token = "limit-" + id + "-" + UUID.randomUUID();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", "wait_for_cancel");
        params.put("arguments", Map.of("label", token));
        params.put("_meta", Map.of("progressToken", token));
        McpHttpClient.Opened call = client.open(session.post(McpHttpClient.message(id, "tools/call", params)).build());
        assertEquals(200, call.status(), () -> "tools/call: " + call.headers().map());
        assertTrue(call.contentType().startsWith("text/event-stream"), call::contentType);
        SseEvent.Parser parser = new SseEvent.Parser();
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            LineStream.Line line = call.body().next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (line == null) {
                call.close();
                throw new AssertionError("call " + id + " ended before any progress: " + lines);
            }
            lines.add(line.text());
            parser.line(line.text(), line.nanos());
            if (parser.events().stream().map(SseEvent::json)
                    .anyMatch(m -> token.equals(m.path("params").path("progressToken").asText()))) {
                return call;
            }
        }
        call.close();
        throw new AssertionError("call " + id + " did not report within " + TIMEOUT + ": " + lines);
    }
}
