package io.github.quarkmcp.it.context;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One initialized MCP session over one transport, as a test sees it: the messages of each exchange exactly as they
 * came off the wire. The same test runs on {@link Kind#HTTP} (Streamable HTTP, {@code /mcp}) and
 * {@link Kind#WEBSOCKET} ({@code /mcp/ws}).
 * <p>
 * Besides request exchanges, a session can tell which messages arrived that belong to no exchange it made
 * ({@link #strayMessages}): over WebSocket, messages on the socket that answer no request of the session and are not
 * progress of a call it started; over HTTP, events on the session's standalone {@code GET} stream, which is open for
 * the whole session.
 */
abstract class McpTransport implements AutoCloseable {

    /** The longest any single wait of these tests may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    static final ObjectMapper JSON = new ObjectMapper();

    enum Kind {
        HTTP,
        WEBSOCKET;

        /** Opens and initializes a session on this transport. */
        McpTransport open(URI httpEndpoint, URI webSocketEndpoint) {
            return this == HTTP ? new HttpTransport(httpEndpoint) : new WebSocketTransport(webSocketEndpoint);
        }
    }

    abstract Kind kind();

    /** Sends a request and returns every message of its exchange, up to and including its response. */
    abstract Exchange request(String method, Object params);

    /** Sends a notification. Over HTTP it is its own POST, which must be answered 202 with no body. */
    abstract void notify(String method, Object params);

    /** Sends a request without waiting for its response; read what it gets with the returned call. */
    abstract PendingCall start(String method, Object params);

    /**
     * Listens for {@code quiet}, then returns the messages that arrived since the last call of this method (or the
     * start of the session) and belong to no request exchange made and no call started on this session.
     */
    abstract List<JsonNode> strayMessages(Duration quiet);

    @Override
    public abstract void close();

    // --- conveniences ---

    /** {@code tools/call} of {@code name}; with a non-null {@code progressToken}, it goes in {@code _meta} as given. */
    Exchange callTool(String name, Map<String, ?> arguments, Object progressToken) {
        return request("tools/call", toolCallParams(name, arguments, progressToken));
    }

    Exchange callTool(String name, Map<String, ?> arguments) {
        return callTool(name, arguments, null);
    }

    PendingCall startTool(String name, Map<String, ?> arguments, Object progressToken) {
        return start("tools/call", toolCallParams(name, arguments, progressToken));
    }

    /** Pings and asserts the answer is exactly an empty result and nothing else came with it. */
    void assertAlive() {
        Exchange pong = request("ping", null);
        if (pong.messages().size() != 1 || !pong.result().isObject() || pong.result().size() != 0) {
            throw new AssertionError(kind() + ": ping should be answered with exactly {} and nothing else: "
                    + pong.messages());
        }
    }

    static Map<String, Object> toolCallParams(String name, Map<String, ?> arguments, Object progressToken) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", name);
        params.put("arguments", arguments == null ? Map.of() : arguments);
        if (progressToken != null) {
            params.put("_meta", Map.of("progressToken", progressToken));
        }
        return params;
    }

    static boolean isResponse(JsonNode message) {
        return message.has("id") && !message.has("method") && (message.has("result") || message.has("error"));
    }

    static boolean isResponseTo(JsonNode message, Object id) {
        return isResponse(message) && message.get("id").toString().equals(JSON.valueToTree(id).toString());
    }

    static boolean isProgressFor(JsonNode message, Object token) {
        return "notifications/progress".equals(message.path("method").asText(null))
                && message.path("params").path("progressToken").toString().equals(JSON.valueToTree(token).toString());
    }

    /** A request sent without waiting for its response: its messages are read as they come. */
    interface PendingCall extends AutoCloseable {

        Object id();

        /** The next message of this call (in arrival order) that matches; fails if none comes within {@code timeout}. */
        JsonNode awaitMessage(Predicate<JsonNode> predicate, Duration timeout);

        /** This call's response if it comes within {@code timeout}; empty if it does not. */
        Optional<JsonNode> pollResponse(Duration timeout);

        /** Stops reading (over HTTP this drops the POST's connection). */
        @Override
        void close();
    }
}
