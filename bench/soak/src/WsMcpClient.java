import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * An MCP client over the server's WebSocket ({@code /mcp/ws}, subprotocol {@code mcp}) on the JDK's WebSocket: one
 * message per text frame, in either era (a 2025 socket sends {@code initialize} first; a 2026-07-28 one puts
 * {@code _meta} in every request). It reads one message at a time and none while paused, so a paused client makes
 * the server's writes back up into TCP, as a slow reader does.
 */
final class WsMcpClient implements AutoCloseable, McpCaller {

    final boolean modern;
    final MessageRouter router = new MessageRouter();
    /** Completes with "code reason" when the socket closes (from the server's close frame), or the error. */
    final CompletableFuture<String> closed = new CompletableFuture<>();
    private final int timeoutMillis;
    private final AtomicLong ids = new AtomicLong();
    private final Object sendLock = new Object();
    private final AtomicBoolean waiting = new AtomicBoolean();
    private volatile boolean paused;
    private WebSocket socket;

    private WsMcpClient(boolean modern, int timeoutMillis) {
        this.modern = modern;
        this.timeoutMillis = timeoutMillis;
    }

    /** Opens a socket; a 2025 client then completes {@code initialize} and sends {@code notifications/initialized}. */
    static WsMcpClient connect(HttpClient http, int port, boolean modern, int timeoutMillis) throws IOException {
        WsMcpClient client = new WsMcpClient(modern, timeoutMillis);
        try {
            client.socket = http.newWebSocketBuilder().subprotocols("mcp").connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/mcp/ws"), client.new Listener())
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("WebSocket handshake failed: " + e, e);
        }
        if (!modern) {
            long id = client.nextId();
            CompletableFuture<Object> answer = client.router.expectResponse(id);
            client.send(Messages.initialize(id));
            try {
                Object response = MessageRouter.await(answer, timeoutMillis, "initialize");
                if (!Json.has(response, "result")) {
                    throw new IOException("initialize refused: " + response);
                }
            } catch (TimeoutException e) {
                client.abort();
                throw new IOException(e.getMessage(), e);
            }
            client.send(Messages.initialized());
        }
        return client;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    /** Sends one text message (one at a time: the JDK socket allows one outstanding send). */
    void send(String json) throws IOException {
        synchronized (sendLock) {
            try {
                socket.sendText(json, true).get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new IOException("send failed: " + e, e);
            }
        }
    }

    void sendBinary(byte[] bytes) throws IOException {
        synchronized (sendLock) {
            try {
                socket.sendBinary(ByteBuffer.wrap(bytes), true).get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new IOException("send failed: " + e, e);
            }
        }
    }

    /** Sends a call; its messages go to the returned check as they arrive. */
    CallCheck start(String tool, String arguments, Object token, double total, Predicate<Object> expected,
            String logLevel) throws IOException {
        long id = nextId();
        CallCheck check = new CallCheck(id, token, total, expected);
        router.expect(check);
        send(Messages.toolCall(id, tool, arguments, token, modern, logLevel));
        return check;
    }

    /** Calls a tool and waits for its response (the check then holds everything it got). */
    @Override
    public CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
            throws IOException {
        CallCheck check = start(tool, arguments, token, total, expected, null);
        await(check, timeoutMillis);
        return check;
    }

    /** Waits for the call's response, at most {@code millis}; the call is finished either way. */
    void await(CallCheck check, int millis) {
        try {
            check.done.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // unanswered: the caller counts it
        }
        router.finish(check);
    }

    /** Sends a request and returns its response. */
    Object request(String method, String fields) throws IOException {
        long id = nextId();
        CompletableFuture<Object> answer = router.expectResponse(id);
        send(Messages.request(id, method, fields, null, modern, null));
        try {
            return MessageRouter.await(answer, timeoutMillis, method);
        } catch (TimeoutException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    Object callTool(String tool, String arguments) throws IOException {
        return request("tools/call", "\"name\":" + Json.quote(tool) + ",\"arguments\":" + arguments);
    }

    /** Stops reading after the message being read. */
    void pause() {
        paused = true;
    }

    /** Reads on. */
    void resume() {
        paused = false;
        if (waiting.compareAndSet(true, false)) {
            socket.request(1);
        }
    }

    /** Drops the connection without a close handshake: the client vanishes. */
    void abort() {
        socket.abort();
    }

    /** Closes with 1000 as a well-behaved client does, then drops the connection if the server does not answer. */
    @Override
    public long lateAfterAnswer() {
        return router.lateAfterAnswer.get();
    }

    /** The client's way to end the session: closing the connection. */
    @Override
    public void end() {
        close();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
            closed.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            // dropped below
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

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
                try {
                    router.route(Json.parse(text));
                } catch (IllegalArgumentException e) {
                    router.unaddressed.add(Map.of("notJson", text));
                }
            }
            if (paused) {
                waiting.set(true);
                if (!paused && waiting.compareAndSet(true, false)) {
                    webSocket.request(1);
                }
            } else {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("error " + error);
        }
    }
}
