package io.github.quarkmcp.runtime.protocol;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;

/**
 * What the server remembers of one client between messages: the negotiated version and the log level it asked
 * for. Bounded: it holds no per-request history.
 * <p>
 * Only legacy (2025) requests have a session. A request's handling reads the protocol version and the client's
 * capabilities from its {@link RequestContext}, which a session only fills in, so the stateless era is served by the
 * same core. A WebSocket has one of these for as long as it is open, in either era: it is where the requests of the
 * socket are tracked, to be cancelled by id or when the socket closes.
 */
public final class McpSession {

    private final String id;
    private volatile String protocolVersion;
    private volatile ObjectNode clientCapabilities = JsonRpcMessage.NO_PARAMS;
    private volatile JsonNode clientInfo;
    private volatile LogLevel logLevel;
    private volatile boolean initialized;
    private volatile long lastActiveNanos = System.nanoTime();
    private final AtomicInteger openExchanges = new AtomicInteger();
    private final ConcurrentMap<String, InFlightRequest> callsInFlight = new ConcurrentHashMap<>();
    private final AtomicReference<StandaloneStream> standaloneStream = new AtomicReference<>();
    private volatile boolean connectionBound;
    private volatile Runnable onClose;

    McpSession(String id, LogLevel defaultLogLevel) {
        this.id = id;
        this.logLevel = defaultLogLevel;
    }

    public String id() {
        return id;
    }

    /** Records a successful {@code initialize}: the version agreed and what the client said of itself. */
    void initialize(String negotiatedVersion, ObjectNode capabilities, JsonNode clientInfo) {
        this.protocolVersion = negotiatedVersion;
        this.clientCapabilities = capabilities == null ? JsonRpcMessage.NO_PARAMS : capabilities;
        this.clientInfo = clientInfo;
        this.initialized = true;
    }

    /** The capabilities the client declared in {@code initialize} (empty before). */
    ObjectNode clientCapabilities() {
        return clientCapabilities;
    }

    /** The {@code clientInfo} of {@code initialize}, or {@code null}. */
    JsonNode clientInfo() {
        return clientInfo;
    }

    /** Whether {@code initialize} succeeded; a session that never got there is dropped by its transport. */
    public boolean isInitialized() {
        return initialized;
    }

    /** The version agreed in {@code initialize}, {@code null} before. */
    public String protocolVersion() {
        return protocolVersion;
    }

    public LogLevel logLevel() {
        return logLevel;
    }

    void setLogLevel(LogLevel level) {
        this.logLevel = level;
    }

    /** The client just used the session (any message, notifications too): it is not idle. */
    public void touch() {
        lastActiveNanos = System.nanoTime();
    }

    /** A transport started serving a request or a stream of this session: it is not idle until the matching end. */
    public void beginExchange() {
        openExchanges.incrementAndGet();
        lastActiveNanos = System.nanoTime();
    }

    public void endExchange() {
        openExchanges.decrementAndGet();
        lastActiveNanos = System.nanoTime();
    }

    boolean isIdleSince(long cutoffNanos) {
        return openExchanges.get() == 0 && lastActiveNanos - cutoffNanos < 0;
    }

    /**
     * Remembers a running call, by its id as JSON text ({@code 1} and {@code "1"} differ), so that it can be
     * cancelled; false if a call with the same id is already running (the spec forbids reusing an id within a
     * session).
     */
    boolean track(String requestIdJson, InFlightRequest call) {
        return callsInFlight.putIfAbsent(requestIdJson, call) == null;
    }

    /** Forgets a finished call; a later call that reused its id (after a cancellation) is left alone. */
    void untrack(String requestIdJson, InFlightRequest call) {
        callsInFlight.remove(requestIdJson, call);
    }

    /** How many calls of this session are running. */
    public int callsInFlight() {
        return callsInFlight.size();
    }

    /** Cancels the running call with this id (as JSON text); unknown ids are ignored. */
    void cancel(String requestIdJson) {
        InFlightRequest call = callsInFlight.remove(requestIdJson);
        if (call != null) {
            call.cancel();
        }
    }

    /** The stream a client opened for messages not tied to a request: how to write to it and how to end it. */
    private record StandaloneStream(Consumer<String> sink, Runnable end) {
    }

    /**
     * Opens the session's stream for messages not tied to a request. A session has one: a new one takes over and
     * the previous one is ended, so a client whose old connection died unnoticed can always reconnect.
     */
    public void openStandaloneStream(Consumer<String> sink, Runnable end) {
        StandaloneStream previous = standaloneStream.getAndSet(new StandaloneStream(sink, end));
        if (previous != null) {
            previous.end().run();
        }
    }

    /** The stream written by {@code sink} is gone (if it is still the session's stream, the session has none now). */
    public void standaloneStreamClosed(Consumer<String> sink) {
        standaloneStream.updateAndGet(current -> current != null && current.sink() == sink ? null : current);
    }

    /** Sends a message not tied to a request, if the client has a stream open for them. */
    void sendOnStandaloneStream(String json) {
        StandaloneStream stream = standaloneStream.get();
        if (stream != null) {
            stream.sink().accept(json);
        }
    }

    /** The session lives and dies with one connection (a WebSocket), so it cannot outlive a dev-mode reload. */
    public void bindToConnection() {
        connectionBound = true;
    }

    boolean isConnectionBound() {
        return connectionBound;
    }

    /** Cancels every running call (their application is going away). */
    void cancelCalls() {
        // Removed one by one, so that every call is cancelled by exactly one caller.
        callsInFlight.keySet().forEach(key -> {
            InFlightRequest call = callsInFlight.remove(key);
            if (call != null) {
                call.cancel();
            }
        });
    }

    /** What the transport must release when the session ends (a socket); replaces any earlier one. */
    public void onClose(Runnable action) {
        this.onClose = action;
    }

    void close() {
        cancelCalls();
        StandaloneStream stream = standaloneStream.getAndSet(null);
        if (stream != null) {
            stream.end().run();
        }
        Runnable action = onClose;
        onClose = null;
        if (action != null) {
            action.run();
        }
    }
}
