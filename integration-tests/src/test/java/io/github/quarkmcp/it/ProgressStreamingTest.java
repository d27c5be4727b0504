package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The heart of the product: {@code process_items} with a progress token turns its POST response into an SSE
 * stream of {@code notifications/progress}, then the response, then the end of the stream.
 */
@QuarkusTest
class ProgressStreamingTest {

    private static final List<String> ITEMS = List.of("a", "b", "c", "d");

    @TestHTTPResource("/mcp")
    URI endpoint;

    ClientSession session;

    @BeforeEach
    void connect() {
        session = new McpHttpClient(endpoint).connect();
    }

    @Test
    void aStringTokenStreamsProgressThenTheResponseThenEnds() {
        McpResponse response = session.callTool("process_items", Map.of("items", ITEMS), "abc");

        assertStreamed(response, "abc");
    }

    @Test
    void anIntegerTokenKeepsItsJsonType() {
        McpResponse response = session.callTool("process_items", Map.of("items", ITEMS), 42);

        assertStreamed(response, 42);
        response.events().stream().limit(5).forEach(event -> {
            JsonNode token = event.json().path("params").path("progressToken");
            assertTrue(token.isIntegralNumber(), () -> "token must stay a JSON integer, got " + token);
            assertEquals(42, token.asInt());
        });
    }

    @Test
    void withoutATokenTheAnswerIsPlainJson() {
        McpResponse response = session.callTool("process_items", Map.of("items", ITEMS));

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.contentType(), response::toString);
        assertTrue(response.events().isEmpty());
        assertFalse(response.body().contains("notifications/progress"), response::toString);
        assertProcessed(response.result());
    }

    @Test
    void progressArrivesWhileTheToolIsStillWorking() {
        // The tool sleeps 100 ms per item after its first report: a server that buffered the stream would deliver
        // every event at once.
        McpResponse response = session.callTool("process_items", Map.of("items", ITEMS), "timing");

        List<SseEvent> events = response.events();
        assertEquals(6, events.size(), response::toString);
        long spread = events.get(5).arrivalNanos() - events.get(0).arrivalNanos();
        assertTrue(spread >= Duration.ofMillis(250).toNanos(),
                () -> "first progress and response arrived only " + spread / 1_000_000 + " ms apart");
    }

    @Test
    void aFractionalTokenIsInvalidParams() {
        McpResponse response = session.callTool("process_items", Map.of("items", ITEMS), 1.5);

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.contentType());
        JsonNode error = response.error();
        assertEquals(-32602, error.path("code").asInt());
        assertEquals("Invalid params: \"progressToken\" must be a string or an integer", error.path("message").asText());
    }

    @Test
    void concurrentCallsOfOneSessionEachGetTheirOwnProgress() throws Exception {
        CompletableFuture<McpResponse> first = CompletableFuture.supplyAsync(
                () -> session.callTool("process_items", Map.of("items", ITEMS), "first"));
        CompletableFuture<McpResponse> second = CompletableFuture.supplyAsync(
                () -> session.callTool("process_items", Map.of("items", ITEMS), "second"));

        assertStreamed(first.get(McpHttpClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "first");
        assertStreamed(second.get(McpHttpClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "second");
    }

    /** Exactly: 5 progress notifications 0..4 of 4, the response, the end of the stream. */
    private static void assertStreamed(McpResponse response, Object token) {
        assertEquals(200, response.status(), response::toString);
        assertEquals("text/event-stream", response.contentType(), response::toString);

        List<SseEvent> events = response.events();
        assertEquals(ITEMS.size() + 2, events.size(), () -> "5 progress events and the response: " + response);
        String expectedToken = McpHttpClient.write(token); // as JSON text, so "42" and 42 differ
        for (int i = 0; i <= ITEMS.size(); i++) {
            SseEvent event = events.get(i);
            assertEquals("message", event.event(), event::toString);
            JsonNode notification = event.json();
            assertEquals("2.0", notification.path("jsonrpc").asText());
            assertEquals("notifications/progress", notification.path("method").asText(), notification::toString);
            assertFalse(notification.has("id"), () -> "a notification has no id: " + notification);
            JsonNode params = notification.path("params");
            assertEquals(expectedToken, String.valueOf(params.get("progressToken")),
                    () -> "token (JSON type included): " + params);
            assertTrue(params.path("progress").isNumber() && params.path("total").isNumber(), params::toString);
            assertEquals(i, params.path("progress").asDouble(), () -> "progress " + params);
            assertEquals(ITEMS.size(), params.path("total").asDouble(), () -> "total " + params);
        }

        SseEvent last = events.get(ITEMS.size() + 1);
        assertEquals("message", last.event());
        JsonNode message = last.json();
        assertTrue(McpResponse.isResponse(message), () -> "the last event is the response: " + message);
        assertProcessed(response.result());
        // McpResponse was read to the end of the body: nothing came after the response event.
        assertTrue(response.body().strip().endsWith(last.data()), () -> "nothing after the response: " + response);
    }

    private static void assertProcessed(JsonNode result) {
        assertFalse(result.path("isError").asBoolean(true), result::toString);
        JsonNode structured = result.path("structuredContent");
        assertEquals(4, structured.path("processed").asInt(), result::toString);
        assertEquals(McpHttpClient.JSON.valueToTree(List.of("A", "B", "C", "D")), structured.path("results"));
        JsonNode content = result.path("content");
        assertEquals(1, content.size(), result::toString);
        assertEquals("text", content.get(0).path("type").asText());
        assertEquals(structured, McpHttpClient.parse(content.get(0).path("text").asText()),
                "content[0].text is the structured content as JSON");
    }
}
