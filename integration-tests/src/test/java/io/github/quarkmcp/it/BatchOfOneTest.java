package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A JSON-RPC batch (2025-03-26) is answered as a batch: an event stream with one event per response, even when it
 * holds one request only. A bare JSON object would answer a single message, not the batch the client sent.
 */
@QuarkusTest
class BatchOfOneTest {

    @TestHTTPResource("/mcp")
    URI endpoint;

    ClientSession session;

    @BeforeEach
    void connect() {
        session = new McpHttpClient(endpoint).connect("2025-03-26");
        assertEquals("2025-03-26", session.protocolVersion());
    }

    @Test
    void aBatchOfOneRequestAndANotificationIsAnsweredAsAStream() {
        McpResponse response = session.send("[" + McpHttpClient.message(301, "ping", null) + ","
                + McpHttpClient.message(null, "notifications/initialized", null) + "]");

        assertOneResponseEvent(response, 301);
    }

    @Test
    void aBatchOfOneRequestIsAnsweredAsAStream() {
        McpResponse response = session.send("[" + McpHttpClient.message(302, "ping", null) + "]");

        assertOneResponseEvent(response, 302);
    }

    private static void assertOneResponseEvent(McpResponse response, int id) {
        assertEquals(200, response.status(), response::toString);
        assertEquals("text/event-stream", response.contentType(),
                () -> "a batch must not be answered with a bare object: " + response);
        List<SseEvent> events = response.events();
        assertEquals(1, events.size(), response::toString);
        JsonNode pong = events.get(0).json();
        assertTrue(McpResponse.isResponse(pong), pong::toString);
        assertEquals(id, pong.path("id").asInt(), pong::toString);
        assertTrue(pong.path("id").isIntegralNumber(), pong::toString);
        assertTrue(pong.path("result").isObject() && pong.path("result").isEmpty(), pong::toString);
    }
}
