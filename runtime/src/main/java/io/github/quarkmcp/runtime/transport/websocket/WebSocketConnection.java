package io.github.quarkmcp.runtime.transport.websocket;

import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.JsonRpcException;
import io.github.quarkmcp.runtime.protocol.JsonRpcMessage;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.github.quarkmcp.runtime.protocol.Outbound;
import io.github.quarkmcp.runtime.transport.ContextExecutor;
import io.github.quarkmcp.runtime.transport.MessageGate;
import io.github.quarkmcp.runtime.transport.ReceivedMessages;
import io.github.quarkmcp.runtime.transport.WritableWaiters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;

/**
 * One MCP session over one WebSocket: one JSON-RPC message per text frame (or fragmented text message), no
 * batches. Requests run independently, so their responses may come in any order; each request's notifications
 * precede its response on the socket because every write goes through this connection's event loop, in order.
 * <p>
 * Closing the socket ends the session, which cancels every call still running. A slow reader makes the server
 * stop reading new messages until its write queue drains, so what waits for it stays bounded.
 */
public final class WebSocketConnection implements Outbound {

    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class);

    static final short UNSUPPORTED_DATA = 1003;
    static final short MESSAGE_TOO_BIG = 1009;
    static final short NORMAL_CLOSURE = 1000;
    static final short GOING_AWAY = 1001;
    static final short SERVICE_RESTART = 1012;

    /**
     * The configured limits of every connection, and the gate each message passes first.
     *
     * @param gate dev mode's check for edited sources, or {@link MessageGate#OPEN}
     */
    public record Limits(long maxMessageBytes, long pingIntervalMillis, long idleTimeoutMillis, int writeQueueMaxBytes,
            MessageGate gate) {
    }

    private final ServerWebSocket socket;
    private final TextFrames frames;
    private final McpServer server;
    private final McpSession session;
    private final Limits limits;
    private final Context context;
    private final ContextExecutor executor;

    // Confined to the event loop of the socket.
    private Buffer fragments;
    private long lastHeardNanos = System.nanoTime();
    private long lastMessageNanos = System.nanoTime();
    private long keepAliveTimer;
    private boolean closed;
    private final WritableWaiters writableWaiters = new WritableWaiters();

    WebSocketConnection(ServerWebSocket socket, TextFrames frames, McpServer server, McpSession session,
            Limits limits) {
        this.socket = socket;
        this.frames = frames;
        this.server = server;
        this.session = session;
        this.limits = limits;
        this.context = Vertx.currentContext();
        this.executor = new ContextExecutor(context);
    }

    void start() {
        session.beginExchange(); // the socket keeps the session alive; the socket's own idle rule applies instead
        session.bindToConnection();
        // The session ends with the server (or, in dev mode, with a reload, after which the client must reconnect:
        // the tools it was talking to belong to the application that is gone).
        // ServerWebSocket.close is thread-safe: called right here, the close frame is queued before whatever
        // closes the connection next.
        session.onClose(() -> {
            if (limits.gate().checksMessages()) {
                socket.close(SERVICE_RESTART, "The application was reloaded after a change; reconnect");
            } else {
                socket.close(GOING_AWAY, "The server is shutting down");
            }
            context.runOnContext(ignored -> closed = true);
        });
        // The socket also carries the session's messages not tied to a request (resources/updated, list changes).
        session.openStandaloneStream(json -> executor.execute(() -> write(json)), () -> {
        });
        socket.setWriteQueueMaxSize(limits.writeQueueMaxBytes());
        socket.frameHandler(this::onFrame);
        socket.pongHandler(ignored -> lastHeardNanos = System.nanoTime());
        socket.drainHandler(ignored -> {
            socket.resume();
            writableWaiters.runAll();
        });
        socket.exceptionHandler(failure -> LOG.debugf(failure, "WebSocket of session %s failed", session.id()));
        socket.closeHandler(ignored -> onClosed());
        keepAliveTimer = context.owner().setPeriodic(limits.pingIntervalMillis(), ignored -> keepAlive());
    }

    private void onFrame(WebSocketFrame frame) {
        lastHeardNanos = System.nanoTime();
        if (frame.isBinary() || (frame.isContinuation() && fragments == null)) {
            close(UNSUPPORTED_DATA, "Binary frames are not supported: send each JSON-RPC message as a text frame");
            return;
        }
        if (!frame.isText() && !frame.isContinuation()) {
            return; // ping, pong and close are handled by Vert.x
        }
        Buffer data = frame.binaryData();
        long size = (fragments == null ? 0 : fragments.length()) + data.length();
        if (size > limits.maxMessageBytes()) {
            close(MESSAGE_TOO_BIG, "Message too big: the limit is " + limits.maxMessageBytes()
                    + " bytes (quarkus.mcp.websocket.max-message-size)");
            return;
        }
        if (!frame.isFinal()) {
            fragments = fragments == null ? data.copy() : fragments.appendBuffer(data);
            return;
        }
        Buffer message = fragments == null ? data : fragments.appendBuffer(data);
        fragments = null;
        onMessage(message);
    }

    private void onMessage(Buffer message) {
        lastMessageNanos = System.nanoTime();
        JsonNode json;
        try {
            json = ReceivedMessages.parse(server, message);
        } catch (JsonRpcException e) {
            write(e.toResponse());
            return;
        }
        if (json.isArray()) {
            write(JsonRpc.error(null, JsonRpc.INVALID_REQUEST,
                    "Invalid request: JSON-RPC batches are not supported over WebSocket; send one message per frame"));
            return;
        }
        JsonRpcMessage parsed;
        try {
            parsed = JsonRpcMessage.of(json);
        } catch (JsonRpcException e) {
            write(e.toResponse());
            return;
        }
        MessageGate gate = limits.gate();
        if (gate.checksMessages()) {
            // Like an HTTP request, a message first picks up edited sources; if that reloads the application, this
            // socket is closed meanwhile and the client reconnects to the new one.
            gate.check().whenComplete((problem, failure) -> context.runOnContext(ignored -> {
                Throwable cause = problem != null ? problem : failure;
                if (closed) {
                    return;
                }
                if (cause == null) {
                    dispatch(parsed);
                } else if (parsed.isRequest()) {
                    write(JsonRpc.error(parsed.id(), JsonRpc.INTERNAL_ERROR, gate.describe(cause)));
                }
            }));
            return;
        }
        dispatch(parsed);
    }

    /** Hands a message to the core in its era, as every connection transport does ({@link McpServer#receive}). */
    private void dispatch(JsonRpcMessage parsed) {
        server.receive(session, parsed, this, this::write);
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public boolean isExecutorThread() {
        return executor.isCurrentThread();
    }

    @Override
    public void send(String json) {
        write(json);
    }

    @Override
    public void complete(String json) {
        write(json);
    }

    /** A cancelled request: nothing to release, the socket carries other requests. */
    @Override
    public void abandon() {
    }

    @Override
    public boolean writable() {
        return closed || !socket.writeQueueFull();
    }

    @Override
    public void whenWritable(Runnable task) {
        if (writable()) {
            task.run();
        } else {
            writableWaiters.add(task);
        }
    }

    private void write(String json) {
        if (closed || socket.isClosed()) {
            return;
        }
        frames.write(json);
        if (socket.writeQueueFull()) {
            socket.pause(); // resumed by the drain handler once the client has caught up
        }
    }

    private void keepAlive() {
        long now = System.nanoTime();
        if (now - lastHeardNanos > 2_000_000L * limits.pingIntervalMillis()) {
            close(GOING_AWAY, "No answer to pings");
        } else if (session.callsInFlight() == 0 && now - lastMessageNanos > 1_000_000L * limits.idleTimeoutMillis()) {
            close(NORMAL_CLOSURE, "Idle timeout");
        } else {
            socket.writePing(Buffer.buffer("mcp"));
        }
    }

    private void close(short code, String reason) {
        if (!closed) {
            LOG.debugf("Closing WebSocket of session %s: %d %s", session.id(), code, reason);
            closed = true;
            frames.handOver();
            socket.close(code, reason);
        }
    }

    private void onClosed() {
        closed = true;
        writableWaiters.runAll();
        context.owner().cancelTimer(keepAliveTimer);
        session.endExchange();
        server.sessions().end(session.id()); // cancels the calls still running
    }
}
