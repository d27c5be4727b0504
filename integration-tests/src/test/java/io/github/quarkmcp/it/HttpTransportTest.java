package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The HTTP side of Streamable HTTP: headers, status codes, sessions, the GET stream, batches. */
@QuarkusTest
class HttpTransportTest {

    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(10);

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client;
    ClientSession session;

    @BeforeEach
    void connect() {
        client = new McpHttpClient(endpoint);
        session = client.connect();
    }

    private String ping() {
        return McpHttpClient.message(client.nextId(), "ping", null);
    }

    // --- content negotiation ---

    @Test
    void acceptingOnlyJsonIsNotAcceptable() {
        McpResponse response = client.send(session.post(ping()).setHeader("Accept", "application/json"));
        assertRefused(response, 406, -32600,
                "Not Acceptable: the Accept header must list both application/json and text/event-stream");
    }

    @Test
    void wildcardAcceptIsAcceptable() {
        McpResponse response = client.send(session.post(ping()).setHeader("Accept", "*/*"));
        assertEquals(200, response.status(), response::toString);
    }

    @Test
    void aTextBodyIsAnUnsupportedMediaType() {
        McpResponse response = client.send(session.post(ping()).setHeader("Content-Type", "text/plain"));
        assertRefused(response, 415, -32600, "Unsupported Media Type: the body must be application/json");
    }

    @Test
    void jsonWithACharsetIsAccepted() {
        McpResponse response = client.send(session.post(ping()).setHeader("Content-Type",
                "application/json; charset=utf-8"));
        assertEquals(200, response.status(), response::toString);
    }

    // --- sessions ---

    @Test
    void aRequestWithoutSessionIsABadRequest() {
        McpResponse response = client.send(client.post(ping()).header("MCP-Protocol-Version", "2025-11-25"));
        assertRefused(response, 400, -32600, "Bad Request: the Mcp-Session-Id header is missing; send initialize first"
                + " (or, in protocol version 2026-07-28, send \"_meta\" with the request)");
    }

    @Test
    void anUnknownSessionIsNotFound() {
        McpResponse response = client.send(client.post(ping()).header("Mcp-Session-Id", "no-such-session")
                .header("MCP-Protocol-Version", "2025-11-25"));
        assertRefused(response, 404, -32001,
                "Not Found: no session no-such-session (ended or expired); send initialize to start a new one");
    }

    @Test
    void anUnsupportedProtocolVersionHeaderIsABadRequest() {
        String ping = ping();
        McpResponse response = client.send(session.post(ping).setHeader("MCP-Protocol-Version", "1999-01-01"));
        // UnsupportedProtocolVersionError, answered to the request's id, with the versions to choose from.
        assertEquals(400, response.status(), response::toString);
        assertEquals(McpHttpClient.parse(ping).get("id"), response.json().get("id"), response::toString);
        assertEquals(-32022, response.error().path("code").asInt(), response::toString);
        assertEquals("Unsupported protocol version: 1999-01-01; supported: 2026-07-28, 2025-11-25, 2025-06-18, 2025-03-26",
                response.error().path("message").asText());
        assertEquals(McpHttpClient.parse("{\"supported\":[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\"],"
                + "\"requested\":\"1999-01-01\"}"), response.error().path("data"));
    }

    @Test
    void deleteEndsTheSession() {
        McpResponse deleted = session.delete();
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("", deleted.body());

        McpResponse after = session.send(ping());
        assertRefused(after, 404, -32001, "Not Found: no session " + session.id()
                + " (ended or expired); send initialize to start a new one");

        McpResponse again = session.delete();
        assertRefused(again, 404, -32001, "Not Found: no session " + session.id() + " (ended or expired)");
    }

    @Test
    void deleteWithoutSessionIsABadRequest() {
        McpResponse response = client.send(client.request().DELETE());
        assertRefused(response, 400, -32600, "Bad Request: the Mcp-Session-Id header is missing");
    }

    @Test
    void putIsNotAllowed() {
        McpResponse response = client.send(session.post(ping()).PUT(HttpRequest.BodyPublishers.ofString(ping())));
        assertRefused(response, 405, -32600, "Method not allowed: PUT (use POST, GET or DELETE)");
        assertEquals("GET, POST, DELETE", response.header("Allow").orElse(null));
    }

    @Test
    void aFailingToolLeavesOtherSessionsAlone() {
        ClientSession other = client.connect();
        session.callTool("fail", Map.of());
        other.assertAlive();
        session.assertAlive();
    }

    // --- Origin (DNS rebinding protection) ---

    @Test
    void aForeignOriginIsForbidden() {
        McpResponse response = client.send(session.post(ping()).header("Origin", "http://evil.example.com"));
        assertRefused(response, 403, -32600, "Forbidden: origin http://evil.example.com is not allowed");
    }

    @Test
    void aForeignOriginCannotInitializeEither() {
        McpResponse response = client.send(client.post(McpHttpClient.message(1, "initialize",
                McpHttpClient.initializeParams("2025-11-25"))).header("Origin", "http://evil.example.com"));
        assertRefused(response, 403, -32600, "Forbidden: origin http://evil.example.com is not allowed");
        assertTrue(response.header("Mcp-Session-Id").isEmpty(), response::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:1234", "http://127.0.0.1:8080", "http://[::1]", "HTTP://LOCALHOST" })
    void aLocalOriginIsAllowed(String origin) {
        McpResponse response = client.send(session.post(ping()).header("Origin", origin));
        assertEquals(200, response.status(), response::toString);
        assertEquals(0, response.result().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost.evil.example.com", "null", "http://127.0.0.1.nip.io" })
    void anOriginThatOnlyLooksLocalIsForbidden(String origin) {
        McpResponse response = client.send(session.post(ping()).header("Origin", origin));
        assertRefused(response, 403, -32600, "Forbidden: origin " + origin + " is not allowed");
    }

    // --- GET: the session's standalone stream ---

    @Test
    void getOpensAnEventStreamAndASecondOneTakesOver() {
        try (McpHttpClient.Opened stream = session.openStream()) {
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream::toString);
            LineStream.Line first = stream.body().next(LINE_TIMEOUT);
            assertTrue(first != null && first.text().startsWith(":"), () -> "a comment opens the stream: " + first);

            // A client whose connection died unnoticed must be able to reconnect: the new stream replaces the old.
            try (McpHttpClient.Opened second = session.openStream()) {
                assertEquals(200, second.status());
                assertTrue(second.body().next(LINE_TIMEOUT).text().startsWith(":"));
                stream.body().rest(LINE_TIMEOUT);
                assertTrue(stream.body().ended(), "the replaced stream ends");
                session.assertAlive(); // POSTs go on while the stream is open
            }
        }
    }

    @Test
    void closingTheStreamLetsTheClientOpenAnother() throws InterruptedException {
        try (McpHttpClient.Opened stream = session.openStream()) {
            assertEquals(200, stream.status());
            stream.body().next(LINE_TIMEOUT);
        }
        try (McpHttpClient.Opened again = session.openStream()) {
            assertEquals(200, again.status());
        }
    }

    @Test
    void deletingTheSessionEndsItsStream() {
        try (McpHttpClient.Opened stream = session.openStream()) {
            assertEquals(200, stream.status());
            stream.body().next(LINE_TIMEOUT);

            assertEquals(204, session.delete().status());

            List<LineStream.Line> rest = stream.body().rest(LINE_TIMEOUT);
            assertTrue(rest.stream().allMatch(line -> line.text().isEmpty() || line.text().startsWith(":")),
                    () -> "no events on the stream: " + rest);
            assertTrue(stream.body().ended());
        }
    }

    @Test
    void getWithoutEventStreamAcceptIsNotAcceptable() {
        McpResponse response = client.send(client.request().GET().header("Accept", "application/json")
                .header("Mcp-Session-Id", session.id()));
        assertRefused(response, 406, -32600, "Not Acceptable: the Accept header must list text/event-stream");
    }

    @Test
    void getWithAnUnsupportedProtocolVersionIsABadRequest() {
        try (McpHttpClient.Opened response = client.open(client.request().GET().header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", session.id()).header("MCP-Protocol-Version", "1999-01-01").build())) {
            assertEquals(400, response.status(), () -> "GET answered " + response.status() + " " + response.headers());
        }
    }

    @Test
    void deleteWithAnUnsupportedProtocolVersionIsABadRequest() {
        McpResponse response = client.send(client.request().DELETE()
                .header("Mcp-Session-Id", session.id()).header("MCP-Protocol-Version", "1999-01-01"));
        assertEquals(400, response.status(), response::toString);
        session.assertAlive();
    }

    @Test
    void getWithoutSessionIsABadRequest() {
        McpResponse response = client.send(client.request().GET().header("Accept", "text/event-stream"));
        assertRefused(response, 400, -32600, "Bad Request: the Mcp-Session-Id header is missing; send initialize first");
    }

    // --- batches (2025-03-26 only) ---

    @Test
    void aBatchOn20250326StreamsOneResponsePerRequest() {
        ClientSession old = client.connect("2025-03-26");
        assertEquals("2025-03-26", old.protocolVersion());

        McpResponse response = old.send("[" + McpHttpClient.message(101, "ping", null) + ","
                + McpHttpClient.message(102, "tools/call", Map.of("name", "greet", "arguments", Map.of("name", "Bo")))
                + "]");

        assertEquals(200, response.status(), response::toString);
        assertEquals("text/event-stream", response.contentType(), response::toString);
        List<SseEvent> events = response.events();
        assertEquals(2, events.size(), response::toString);
        JsonNode pong = null;
        JsonNode greeting = null;
        for (SseEvent event : events) {
            JsonNode message = event.json();
            assertTrue(McpResponse.isResponse(message), message::toString);
            if (message.path("id").asInt() == 101) {
                pong = message;
            } else if (message.path("id").asInt() == 102) {
                greeting = message;
            }
        }
        assertTrue(pong != null && greeting != null, response::toString);
        assertTrue(pong.path("result").isObject() && pong.path("result").isEmpty(), pong::toString);
        assertEquals("Hello, Bo!", greeting.path("result").path("content").get(0).path("text").asText());
    }

    @Test
    void anEmptyBatchIsAnInvalidRequest() {
        ClientSession old = client.connect("2025-03-26");

        McpResponse response = old.send("[]");

        assertRefused(response, 400, -32600, "Invalid request: the batch is empty");
    }

    @Test
    void anInvalidElementOfABatchGetsItsOwnErrorAndTheRestIsAnswered() {
        ClientSession old = client.connect("2025-03-26");

        McpResponse response = old.send("[" + McpHttpClient.message(201, "ping", null) + ",42]");

        assertEquals(200, response.status(), response::toString);
        assertEquals("text/event-stream", response.contentType(), response::toString);
        List<JsonNode> messages = response.events().stream().map(SseEvent::json).toList();
        assertEquals(2, messages.size(), response::toString);
        assertTrue(messages.stream().anyMatch(m -> m.path("id").asInt() == 201 && m.has("result")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.path("id").isNull() && m.path("error").path("code").asInt() == -32600),
                messages::toString);
    }

    @Test
    void aBatchOfNotificationsOnlyIsAccepted() {
        ClientSession old = client.connect("2025-03-26");

        McpResponse response = old.send("[" + McpHttpClient.message(null, "notifications/initialized", null) + "]");

        assertEquals(202, response.status(), response::toString);
        assertEquals("", response.body());
    }

    @Test
    void aResponseFromTheClientIsAccepted() {
        McpResponse response = session.send("{\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"result\":{}}");
        assertEquals(202, response.status(), response::toString);
        assertNull(response.header("Mcp-Session-Id").orElse(null));
    }
}
