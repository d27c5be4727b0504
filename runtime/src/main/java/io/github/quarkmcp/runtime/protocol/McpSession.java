package io.github.quarkmcp.runtime.protocol;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.LogLevel;

/**
 * What the server remembers of one client between messages: the negotiated version, the client's capabilities
 * and the log level it asked for. Bounded: it holds no per-request history.
 * <p>
 * A request's handling reads the protocol version from its {@link MessageContext}, not from here, so a transport
 * without sessions can serve the same core.
 */
public final class McpSession {

    private final String id;
    private volatile String protocolVersion;
    private volatile JsonNode clientCapabilities;
    private volatile LogLevel logLevel;
    private volatile boolean initialized;
    private volatile long lastActiveNanos = System.nanoTime();
    private final AtomicInteger openExchanges = new AtomicInteger();
    private final AtomicBoolean standaloneStreamOpen = new AtomicBoolean();
    private volatile Runnable onClose;

    McpSession(String id, LogLevel defaultLogLevel) {
        this.id = id;
        this.logLevel = defaultLogLevel;
    }

    public String id() {
        return id;
    }

    /** Records a successful {@code initialize}. */
    void initialize(String negotiatedVersion, JsonNode capabilities) {
        this.protocolVersion = negotiatedVersion;
        this.clientCapabilities = capabilities;
        this.initialized = true;
    }

    /** Whether {@code initialize} succeeded; a session that never got there is dropped by its transport. */
    public boolean isInitialized() {
        return initialized;
    }

    /** The version agreed in {@code initialize}, {@code null} before. */
    public String protocolVersion() {
        return protocolVersion;
    }

    public JsonNode clientCapabilities() {
        return clientCapabilities;
    }

    public LogLevel logLevel() {
        return logLevel;
    }

    void setLogLevel(LogLevel level) {
        this.logLevel = level;
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

    /** Claims the one stream a session may have for messages not tied to a request; false if it is taken. */
    public boolean claimStandaloneStream() {
        return standaloneStreamOpen.compareAndSet(false, true);
    }

    public void releaseStandaloneStream() {
        standaloneStreamOpen.set(false);
    }

    /** What the transport must release when the session ends (an open stream); replaces any earlier one. */
    public void onClose(Runnable action) {
        this.onClose = action;
    }

    void close() {
        Runnable action = onClose;
        onClose = null;
        if (action != null) {
            action.run();
        }
    }
}
