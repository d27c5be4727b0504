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

import io.github.quarkmcp.it.McpHttpClient;

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

    /** A transport in one protocol era: 2025-11-25 (a session, opened with initialize) or 2026-07-28 (stateless). */
    enum Kind {
        HTTP,
        WEBSOCKET,
        HTTP_2026,
        WEBSOCKET_2026;

        /** Opens this transport: a 2025 session is initialized; a 2026 client sends {@code _meta} with each request. */
        McpTransport open(URI httpEndpoint, URI webSocketEndpoint) {
            return open(httpEndpoint, webSocketEndpoint, Map.of());
        }

        /**
         * Opens this transport for a client that declares {@code capabilities}: in {@code initialize} (2025) or in each
         * request's {@code _meta} (2026-07-28).
         */
        McpTransport open(URI httpEndpoint, URI webSocketEndpoint, Map<String, ?> capabilities) {
            McpTransport transport = this == HTTP || this == HTTP_2026
                    ? new HttpTransport(httpEndpoint, modern(), capabilities)
                    : new WebSocketTransport(webSocketEndpoint, modern(), capabilities);
            transport.capabilities = capabilities;
            return transport;
        }

        /** Whether this is the stateless era (2026-07-28). */
        boolean modern() {
            return this == HTTP_2026 || this == WEBSOCKET_2026;
        }
    }

    /**
     * The level a 2026-07-28 client asks for in each request's {@code _meta} ({@code null}: none, so it gets no log
     * messages); 2025 sessions set theirs with {@code logging/setLevel}.
     */
    private String logLevel;

    /** What this client declares it can do (set by {@link Kind#open}). */
    private Map<String, ?> capabilities = Map.of();

    /** Sets the {@code io.modelcontextprotocol/logLevel} of the requests sent from now on (2026-07-28 only). */
    void requestLogLevel(String level) {
        this.logLevel = level;
    }

    /** {@code params} as this transport's era sends them: 2026-07-28 requests carry their {@code _meta}. */
    Object inEra(Object params) {
        return kind().modern() ? McpHttpClient.withModernMeta(params, logLevel, capabilities) : params;
    }

    /**
     * Cancels a started call as a client of this transport does: {@code notifications/cancelled}, except over
     * Streamable HTTP in 2026-07-28, where the client closes the call's stream instead (no notification exists there).
     */
    void cancel(PendingCall call, String reason) {
        if (kind() == Kind.HTTP_2026) {
            call.close();
        } else {
            notify("notifications/cancelled", Map.of("requestId", call.id(), "reason", reason));
        }
    }

    abstract Kind kind();

    /** Sends a request and returns every message of its exchange, up to and including its response. */
    abstract Exchange request(String method, Object params);

    /**
     * Answers a request the server sent (2025: {@code elicitation/create}, {@code sampling/createMessage},
     * {@code roots/list}) with {@code result}, or with an error when {@code result} is an {@link ErrorAnswer}. Over
     * HTTP it is its own POST, which must be answered 202 with no body.
     */
    abstract void answer(JsonNode serverRequest, Object result);

    /** An error response to a server's request. */
    record ErrorAnswer(int code, String message) {
    }

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

    /**
     * Pings and asserts the answer is exactly an empty result and nothing else came with it; 2026-07-28 has no ping,
     * so there it asks {@code server/discover} and asserts the result lists the versions.
     */
    void assertAlive() {
        if (kind().modern()) {
            Exchange discover = request("server/discover", null);
            if (discover.messages().size() != 1 || !discover.result().path("supportedVersions").isArray()) {
                throw new AssertionError(kind() + ": server/discover should be answered with the versions and nothing"
                        + " else: " + discover.messages());
            }
            return;
        }
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

    /** The response message to {@code serverRequest}: its id, and {@code result} or the error it stands for. */
    static Map<String, Object> answerMessage(JsonNode serverRequest, Object result) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("jsonrpc", "2.0");
        message.put("id", JSON.convertValue(serverRequest.get("id"), Object.class));
        if (result instanceof ErrorAnswer error) {
            message.put("error", Map.of("code", error.code(), "message", error.message()));
        } else {
            message.put("result", result);
        }
        return message;
    }

    /** A request of the server's (it asks the client something): a method and an id. */
    static boolean isServerRequest(JsonNode message) {
        return message.has("method") && message.has("id");
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
