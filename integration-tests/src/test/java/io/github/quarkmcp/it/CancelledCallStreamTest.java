package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A call cancelled over Streamable HTTP gets no response, and its POST's event stream ends soon after: the server
 * must not hold the connection (and the session's exchange) open for a response that will never come. Ending the
 * session while a call runs ends that call's stream the same way.
 */
@QuarkusTest
class CancelledCallStreamTest {

    /** How soon the stream of a cancelled call must end. */
    private static final Duration STREAM_END = Duration.ofSeconds(5);

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client;

    @BeforeEach
    void createClient() {
        client = new McpHttpClient(endpoint);
    }

    @Test
    void aCancelledCallsStreamEndsWithoutAResponse() {
        ClientSession session = client.connect();
        String label = "stream-end-" + UUID.randomUUID();
        String token = "t-" + label;
        long id = client.nextId();
        try (McpHttpClient.Opened call = startWaitForCancel(session, id, label, token)) {
            List<String> seen = SseEvent.readUntilProgress(call.body(), token, TIMEOUT).lines();

            McpResponse cancelled = session.notify("notifications/cancelled",
                    Map.of("requestId", id, "reason", "the user gave up"));
            assertEquals(202, cancelled.status(), cancelled::toString);

            List<String> rest = restOfStream(call.body(), seen, "its cancellation");
            assertNoResponse(seen, rest, id);
        }
        // The session goes on, and can run another call.
        session.assertAlive();
        JsonNode greeting = session.callTool("greet", Map.of("name", "Ada")).result();
        assertEquals("Hello, Ada!", greeting.path("content").path(0).path("text").asText(), greeting::toString);
        session.delete();
    }

    @Test
    void deletingTheSessionEndsTheStreamOfItsRunningCall() {
        ClientSession session = client.connect();
        String label = "delete-" + UUID.randomUUID();
        String token = "t-" + label;
        long id = client.nextId();
        try (McpHttpClient.Opened call = startWaitForCancel(session, id, label, token)) {
            List<String> seen = SseEvent.readUntilProgress(call.body(), token, TIMEOUT).lines();

            McpResponse deleted = session.delete();
            assertEquals(204, deleted.status(), deleted::toString);

            List<String> rest = restOfStream(call.body(), seen, "the DELETE of its session");
            assertNoResponse(seen, rest, id);
        }
        assertEquals(404, session.ping().status(), "the deleted session is gone");
    }

    private McpHttpClient.Opened startWaitForCancel(ClientSession session, long id, String label, String token) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", "wait_for_cancel");
        params.put("arguments", Map.of("label", label));
        params.put("_meta", Map.of("progressToken", token));
        McpHttpClient.Opened call = client.open(session.post(McpHttpClient.message(id, "tools/call", params)).build());
        assertEquals(200, call.status(), () -> "tools/call: " + call.headers().map());
        assertTrue(call.contentType().startsWith("text/event-stream"), call::contentType);
        return call;
    }

    /** The rest of the stream; fails if it does not end within {@link #STREAM_END} after {@code what}. */
    private static List<String> restOfStream(LineStream body, List<String> seen, String what) {
        try {
            List<String> rest = body.rest(STREAM_END).stream().map(LineStream.Line::text).toList();
            assertTrue(body.ended(), "the stream ended");
            return rest;
        } catch (AssertionError e) {
            throw new AssertionError("the POST stream of the call is still open " + STREAM_END + " after " + what
                    + " (lines read before: " + seen + "): " + e.getMessage(), e);
        }
    }

    /** Every event of the whole stream is JSON, and none of them is a response (to {@code id} or anything else). */
    private static void assertNoResponse(List<String> seen, List<String> rest, long id) {
        SseEvent.Parser parser = new SseEvent.Parser();
        long now = System.nanoTime();
        seen.forEach(line -> parser.line(line, now));
        rest.forEach(line -> parser.line(line, now));
        for (SseEvent event : parser.finish()) {
            JsonNode message = event.json();
            assertFalse(McpResponse.isResponse(message),
                    () -> "a cancelled call (request " + id + ") must not be answered: " + message);
            assertEquals("notifications/progress", message.path("method").asText(), message::toString);
        }
    }
}
