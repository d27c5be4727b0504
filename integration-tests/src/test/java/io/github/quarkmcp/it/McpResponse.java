package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A complete HTTP response of the MCP endpoint, read to the end of its body: the status line, the headers, and
 * the body as text or, for {@code text/event-stream}, as the events in the order they arrived.
 */
public final class McpResponse {

    private final int status;
    private final HttpHeaders headers;
    private final List<LineStream.Line> lines;
    private final List<SseEvent> events;
    private final List<String> comments;
    private final Object requestId;

    McpResponse(int status, HttpHeaders headers, List<LineStream.Line> lines, Object requestId) {
        this.status = status;
        this.headers = headers;
        this.lines = lines;
        this.requestId = requestId;
        SseEvent.Parser parser = new SseEvent.Parser();
        if (isEventStream()) {
            lines.forEach(line -> parser.line(line.text(), line.nanos()));
        }
        this.events = List.copyOf(parser.finish());
        this.comments = List.copyOf(parser.comments());
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type of {@code Content-Type}, without parameters, lower case; empty string if absent. */
    public String contentType() {
        String value = headers.firstValue("Content-Type").orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public boolean isEventStream() {
        return contentType().equals("text/event-stream");
    }

    /** The id of the request this response answers, as the client sent it ({@code null} if not a request). */
    public Object requestId() {
        return requestId;
    }

    /** The raw body text (lines joined with {@code \n}). */
    public String body() {
        return lines.stream().map(LineStream.Line::text).collect(Collectors.joining("\n"));
    }

    /** The body as JSON; the response must be {@code application/json}. */
    public JsonNode json() {
        assertEquals("application/json", contentType(), () -> "Content-Type of " + this);
        return McpHttpClient.parse(body());
    }

    /** The SSE events, in arrival order; empty unless the response is {@code text/event-stream}. */
    public List<SseEvent> events() {
        return events;
    }

    public List<String> comments() {
        return comments;
    }

    /**
     * The JSON-RPC response this HTTP response carries: the body of an {@code application/json} answer, or the one
     * event of a stream that is a response (has {@code id} and {@code result}/{@code error}).
     */
    public JsonNode message() {
        if (!isEventStream()) {
            return json();
        }
        List<JsonNode> responses = events.stream().map(SseEvent::json).filter(McpResponse::isResponse).toList();
        assertEquals(1, responses.size(), () -> "responses in the stream " + this);
        return responses.get(0);
    }

    /** {@code result} of the JSON-RPC response, asserting there is one and that its id matches the request's. */
    public JsonNode result() {
        JsonNode message = message();
        assertTrue(message.has("result"), () -> "expected a result, got " + message);
        assertIdMatches(message);
        return message.get("result");
    }

    /** {@code error} of the JSON-RPC response, asserting there is one. */
    public JsonNode error() {
        JsonNode message = message();
        assertTrue(message.has("error"), () -> "expected an error, got " + message);
        assertEquals("2.0", message.path("jsonrpc").asText(), "jsonrpc");
        return message.get("error");
    }

    private void assertIdMatches(JsonNode message) {
        assertEquals("2.0", message.path("jsonrpc").asText(), "jsonrpc");
        if (requestId != null) {
            JsonNode id = message.get("id");
            assertNotNull(id, "response id");
            // Compared as JSON text: 1 and "1" differ, an int and a long of the same value do not.
            assertEquals(McpHttpClient.write(requestId), id.toString(), "response id (JSON type included)");
        }
    }

    static boolean isResponse(JsonNode message) {
        return message.has("id") && !message.has("method") && (message.has("result") || message.has("error"));
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + headers.map() + "\n" + body();
    }
}
