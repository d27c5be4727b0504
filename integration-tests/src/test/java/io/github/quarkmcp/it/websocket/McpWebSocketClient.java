package io.github.quarkmcp.it.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small MCP-over-WebSocket client for tests, on the JDK's {@link WebSocket}: it asks for subprotocol {@code mcp},
 * sends one JSON-RPC message per text frame, assembles incoming (possibly partial) text messages and puts each one
 * into a {@link BlockingQueue}. It remembers every message in arrival order ({@link #received()}), how the socket
 * was closed ({@link #awaitClose}) and any error. Every wait has a timeout, so a silent server fails a test instead
 * of hanging it.
 */
public final class McpWebSocketClient implements AutoCloseable {

    public static final String LATEST = "2025-11-25";
    public static final String SUBPROTOCOL = "mcp";
    /** The longest a single wait of a test may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** One incoming text message: its position in arrival order (from 0), its text and its parsed JSON. */
    public record Received(int seq, String text, JsonNode json) {

        public boolean isResponseTo(Object id) {
            return json != null && (json.has("result") || json.has("error")) && idEquals(json.get("id"), id);
        }

        public boolean isProgress() {
            return json != null && "notifications/progress".equals(json.path("method").asText(null));
        }

        public boolean isProgressFor(Object token) {
            return isProgress() && idEquals(json.path("params").get("progressToken"), token);
        }
    }

    /** How the socket was closed, as the client saw it. */
    public record CloseInfo(int code, String reason) {
    }

    private final WebSocket socket;
    private final Listener listener;
    // Messages awaitMessage took off the queue without matching; examined first by the next awaitMessage.
    private final Deque<Received> skipped = new ArrayDeque<>();
    private final Object sendLock = new Object();

    private McpWebSocketClient(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.listener = listener;
    }

    /** Opens a socket to {@code endpoint} (http or ws URL) without an {@code Origin} header, as a non-browser client. */
    public static McpWebSocketClient connect(URI endpoint) {
        return connect(endpoint, null);
    }

    /** Opens a socket to {@code endpoint} (http or ws URL) with this {@code Origin} header (none if null). */
    public static McpWebSocketClient connect(URI endpoint, String origin) {
        try {
            return connectAsync(endpoint, origin).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("WebSocket handshake with " + endpoint + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("WebSocket handshake with " + endpoint + " did not complete: " + e, e);
        }
    }

    /** Starts the handshake; the future fails (e.g. with a WebSocketHandshakeException) when the server refuses. */
    public static CompletableFuture<McpWebSocketClient> connectAsync(URI endpoint, String origin) {
        Listener listener = new Listener();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder()
                .subprotocols(SUBPROTOCOL)
                .connectTimeout(TIMEOUT);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(toWebSocketUri(endpoint), listener)
                .thenApply(socket -> new McpWebSocketClient(socket, listener));
    }

    /** {@code http://host:port/path} → {@code ws://host:port/path} (and https → wss). */
    public static URI toWebSocketUri(URI uri) {
        String scheme = uri.getScheme();
        if ("http".equals(scheme)) {
            return URI.create("ws" + uri.toString().substring(4));
        }
        if ("https".equals(scheme)) {
            return URI.create("wss" + uri.toString().substring(5));
        }
        return uri;
    }

    public WebSocket socket() {
        return socket;
    }

    /** The subprotocol the server chose ({@code ""} if none). */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    // --- sending ---

    /** Sends one text frame and waits until it is written (the JDK allows one outstanding send at a time). */
    public void sendText(String text) {
        synchronized (sendLock) {
            await(socket.sendText(text, true), "sending a text message");
        }
    }

    /** Sends one binary frame and waits until it is written. */
    public void sendBinary(byte[] data) {
        synchronized (sendLock) {
            await(socket.sendBinary(ByteBuffer.wrap(data), true), "sending a binary message");
        }
    }

    /** Sends one text message as several frames (a text frame, then continuation frames). */
    public void sendFragments(String... parts) {
        synchronized (sendLock) {
            for (int i = 0; i < parts.length; i++) {
                await(socket.sendText(parts[i], i == parts.length - 1), "sending a text fragment");
            }
        }
    }

    public void send(JsonNode message) {
        sendText(message.toString());
    }

    /** Sends a JSON-RPC request; {@code id} is a String or a Number, {@code params} may be null. */
    public void request(Object id, String method, JsonNode params) {
        send(message(id, method, params));
    }

    /** Sends a JSON-RPC notification. */
    public void notify(String method, JsonNode params) {
        send(message(null, method, params));
    }

    /** Sends a request and waits for its response (result or error), skipping anything else. */
    public JsonNode call(Object id, String method, JsonNode params) {
        request(id, method, params);
        return awaitResponse(id, TIMEOUT).json();
    }

    /**
     * The MCP handshake: {@code initialize} (id {@code "init"}), asserts a result, then
     * {@code notifications/initialized}. Returns the initialize result.
     */
    public JsonNode initialize() {
        return initialize(java.util.Map.of());
    }

    /** The handshake, declaring {@code capabilities} (elicitation, sampling, roots). */
    public JsonNode initialize(java.util.Map<String, ?> capabilities) {
        ObjectNode params = JSON.createObjectNode();
        params.put("protocolVersion", LATEST);
        params.set("capabilities", JSON.valueToTree(capabilities));
        params.putObject("clientInfo").put("name", "ws-test-client").put("version", "1.0");
        JsonNode response = call("init", "initialize", params);
        assertTrue(response.has("result"), () -> "initialize failed: " + response);
        notify("notifications/initialized", null);
        return response.get("result");
    }

    /** {@code tools/call} params for {@code name} with these arguments and, if not null, a progress token. */
    public static ObjectNode toolCall(String name, JsonNode arguments, Object progressToken) {
        ObjectNode params = JSON.createObjectNode();
        params.put("name", name);
        params.set("arguments", arguments == null ? JSON.createObjectNode() : arguments);
        if (progressToken != null) {
            params.putObject("_meta").set("progressToken", JSON.valueToTree(progressToken));
        }
        return params;
    }

    /** Calls a tool and returns its (successful, not isError) result. */
    public JsonNode callTool(Object id, String name, JsonNode arguments) {
        JsonNode response = call(id, "tools/call", toolCall(name, arguments, null));
        JsonNode result = response.get("result");
        assertTrue(result != null && !result.path("isError").asBoolean(), () -> name + " failed: " + response);
        return result;
    }

    /** The text of the first content item of a tool result. */
    public static String text(JsonNode toolResult) {
        return toolResult.path("content").path(0).path("text").asText();
    }

    // --- receiving ---

    /**
     * The next message (in arrival order) that matches {@code predicate}; messages that don't are kept for later
     * waits. Fails the test when none arrives within {@code timeout}.
     */
    public Received awaitMessage(Duration timeout, Predicate<Received> predicate) {
        return pollMessage(timeout, predicate).orElseThrow(() -> new AssertionError(
                "No matching message within " + timeout + "; received so far: " + describe(received())
                        + closeDescription()));
    }

    /**
     * Like {@link #awaitMessage}, but empty when nothing matches within {@code timeout}. Messages that earlier waits
     * passed over are examined too; to look only at later ones, test {@link Received#seq()}.
     */
    public synchronized Optional<Received> pollMessage(Duration timeout, Predicate<Received> predicate) {
        for (Iterator<Received> it = skipped.iterator(); it.hasNext();) {
            Received message = it.next();
            if (predicate.test(message)) {
                it.remove();
                return Optional.of(message);
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Received message = left <= 0 ? listener.inbox.poll() : listener.inbox.poll(left, TimeUnit.NANOSECONDS);
                if (message == null) {
                    return Optional.empty();
                }
                if (predicate.test(message)) {
                    return Optional.of(message);
                }
                skipped.addLast(message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a message", e);
        }
    }

    /** The response (result or error) to request {@code id}. */
    public Received awaitResponse(Object id, Duration timeout) {
        return awaitMessage(timeout, m -> m.isResponseTo(id));
    }

    /** Every message received so far, in arrival order. */
    public List<Received> received() {
        synchronized (listener.all) {
            return new ArrayList<>(listener.all);
        }
    }

    // --- closing ---

    /** Waits for the close (from either side) and tells its code and reason. */
    public CloseInfo awaitClose(Duration timeout) {
        try {
            return listener.closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the socket failed instead of closing: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the socket was not closed within " + timeout + "; received: "
                    + describe(received()) + ", error: " + listener.error, e);
        }
    }

    public Optional<Throwable> error() {
        return Optional.ofNullable(listener.error);
    }

    /** Drops the connection at once, without a close handshake. */
    public void abort() {
        socket.abort();
    }

    /** Closes politely (1000), then drops the connection if the server does not answer quickly. */
    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
                listener.closed.get(2, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // aborted below
            }
        }
        socket.abort();
    }

    // --- helpers ---

    /** A JSON-RPC message: a request when {@code id} is not null, else a notification. */
    public static ObjectNode message(Object id, String method, JsonNode params) {
        ObjectNode message = JSON.createObjectNode();
        message.put("jsonrpc", "2.0");
        if (id != null) {
            message.set("id", JSON.valueToTree(id));
        }
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        return message;
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a JSON id/token equals a Java String or integer (a JSON string "1" does not equal the number 1). */
    static boolean idEquals(JsonNode json, Object expected) {
        if (json == null) {
            return false;
        }
        if (expected instanceof String) {
            return json.isTextual() && json.asText().equals(expected);
        }
        if (expected instanceof Number) {
            return json.isIntegralNumber() && json.asLong() == ((Number) expected).longValue();
        }
        return expected == null && json.isNull();
    }

    static String describe(List<Received> messages) {
        StringBuilder out = new StringBuilder();
        for (Received message : messages) {
            out.append("\n  #").append(message.seq()).append(' ').append(message.text());
        }
        return out.toString();
    }

    private String closeDescription() {
        CloseInfo close = listener.closed.getNow(null);
        return close == null ? "" : "\nsocket closed: " + close;
    }

    private static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(what + " did not complete within " + TIMEOUT, e);
        }
    }

    /** Asserts that {@code response} is a JSON-RPC error with this code (and, if not null, this id). */
    public static void assertError(JsonNode response, int code) {
        assertEquals("2.0", response.path("jsonrpc").asText(), () -> "jsonrpc: " + response);
        assertFalse(response.has("result"), () -> "expected an error, got " + response);
        assertEquals(code, response.path("error").path("code").asInt(), () -> "error code: " + response);
        assertTrue(response.path("error").path("message").isTextual()
                && !response.path("error").path("message").asText().isBlank(), () -> "error message: " + response);
    }

    private static final class Listener implements WebSocket.Listener {

        final BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
        final List<Received> all = new ArrayList<>();
        final CompletableFuture<CloseInfo> closed = new CompletableFuture<>();
        volatile Throwable error;
        private final StringBuilder partial = new StringBuilder(); // only touched by the listener's calls, in order

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                JsonNode json;
                try {
                    json = JSON.readTree(text);
                } catch (IOException e) {
                    json = null; // kept as text; a test that expects JSON will say so
                }
                Received message;
                synchronized (all) {
                    message = new Received(all.size(), text, json);
                    all.add(message);
                }
                inbox.add(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            error = new AssertionError("the server sent a binary frame");
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new CloseInfo(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable failure) {
            error = failure;
            closed.completeExceptionally(failure);
        }
    }
}
