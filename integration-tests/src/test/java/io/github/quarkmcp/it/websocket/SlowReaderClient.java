package io.github.quarkmcp.it.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An MCP client over the JDK WebSocket that reads one message at a time, and none while paused, so that what the
 * server writes backs up into TCP: a client that reads slowly, for back-pressure tests.
 */
final class SlowReaderClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Listener listener = new Listener();
    private WebSocket socket;

    /** Opens a socket to {@code endpoint} and completes the {@code initialize} handshake (id 1). */
    static SlowReaderClient connect(URI endpoint) throws Exception {
        SlowReaderClient client = new SlowReaderClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("mcp")
                .buildAsync(McpWebSocketClient.toWebSocketUri(endpoint), client.listener).get(10, TimeUnit.SECONDS);
        client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-11-25\",\"capabilities\":{}}}");
        JsonNode initialized = client.next();
        assertEquals(1, initialized.path("id").asInt(), initialized::toString);
        return client;
    }

    void send(String message) throws Exception {
        socket.sendText(message, true).get(10, TimeUnit.SECONDS);
    }

    /** Stops reading after the message being read. */
    void pause() {
        listener.paused = true;
    }

    /** Reads everything from now on. */
    void resume() {
        listener.paused = false;
        socket.request(Long.MAX_VALUE);
    }

    /** The next message read, waiting at most 30 s. */
    JsonNode next() throws InterruptedException {
        JsonNode message = listener.messages.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message within " + TIMEOUT);
        }
        return message;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {

        private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile boolean paused;

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new AssertionError("not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            if (!paused) {
                webSocket.request(1);
            }
            return null;
        }
    }
}
