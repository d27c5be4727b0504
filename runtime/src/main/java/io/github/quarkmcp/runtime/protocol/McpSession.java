package io.github.quarkmcp.runtime.protocol;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;

/**
 * What the server remembers of one client between messages: the negotiated version, the log level it asked for,
 * its running calls. Bounded: it holds no per-request history beyond a few recent cancellations.
 * <p>
 * Only legacy (2025) requests have a session. A request's handling reads the protocol version and the client's
 * capabilities from its {@link RequestContext}, which a session only fills in, so the stateless era is served by the
 * same core. A WebSocket has one of these for as long as it is open, in either era: it is where the requests of the
 * socket are tracked, to be cancelled by id or when the socket closes.
 */
public final class McpSession {

    /**
     * How many cancellations of ids that are not running a session remembers, and for how long. A cancellation that
     * overtook its call (over HTTP they travel on different connections) is only ever milliseconds ahead of it, so
     * a few seconds is plenty; a call arriving later than that is a client's retry, not the cancelled call. The bound
     * keeps a client that cancels ids it never sends from growing the session: beyond it the oldest are forgotten.
     * It is above the default limit of running calls (32), so a client that cancels everything it has just sent
     * loses none.
     */
    public static final int MAX_EARLY_CANCELS = 64;
    static final long EARLY_CANCEL_WINDOW_NANOS = Duration.ofSeconds(5).toNanos();

    private final String id;
    private volatile String protocolVersion;
    private volatile ObjectNode clientCapabilities = JsonRpcMessage.NO_PARAMS;
    private volatile JsonNode clientInfo;
    private volatile LogLevel logLevel;
    private volatile boolean initialized;
    private volatile long lastActiveNanos = System.nanoTime();
    private final AtomicInteger openExchanges = new AtomicInteger();
    private final ConcurrentMap<String, InFlightRequest> callsInFlight = new ConcurrentHashMap<>();
    // The places taken under the limit of running calls: reserved before a call is tracked, released as it is removed.
    private final AtomicInteger runningCalls = new AtomicInteger();
    // Cancellations that came before their call: id as JSON text -> when they expire (System.nanoTime()).
    private final ConcurrentMap<String, Long> earlyCancels = new ConcurrentHashMap<>();
    // The resources the client subscribed to (resources/subscribe, 2025): bounded like everything a session holds.
    private final Set<String> resourceSubscriptions = ConcurrentHashMap.newKeySet();
    private final AtomicReference<StandaloneStream> standaloneStream = new AtomicReference<>();
    private final ServerRequests serverRequests = new ServerRequests();
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

    /** What {@link #admit} decided about a call. */
    enum Admission {
        /** The call is tracked and counted: run it, and {@link #untrack} it when it ends. */
        ADMITTED,
        /** A call with the same id is already running (the spec forbids reusing an id within a session). */
        DUPLICATE_ID,
        /** The session already runs as many calls as it may. */
        BUSY,
        /** Its cancellation came first (see {@link #cancel}): the call is over before it started, nothing to untrack. */
        CANCELLED
    }

    /**
     * Lets a call in, or not, in one step: a place is reserved under the limit (compare-and-set, so calls arriving
     * at once on several event loops can never together pass {@code maxCalls}), then the call is tracked by its id
     * as JSON text ({@code 1} and {@code "1"} differ) so that it can be cancelled. A refused call holds no place.
     */
    Admission admit(String requestIdJson, InFlightRequest call, int maxCalls) {
        return admit(requestIdJson, call, maxCalls, System.nanoTime());
    }

    Admission admit(String requestIdJson, InFlightRequest call, int maxCalls, long nowNanos) {
        for (;;) {
            int running = runningCalls.get();
            if (running >= maxCalls) {
                return Admission.BUSY;
            }
            if (runningCalls.compareAndSet(running, running + 1)) {
                break;
            }
        }
        if (callsInFlight.putIfAbsent(requestIdJson, call) != null) {
            runningCalls.decrementAndGet();
            return Admission.DUPLICATE_ID;
        }
        // Tracked first, looked up second (cancel does the reverse), so a cancellation racing its call is never lost.
        if (earlyCancels.isEmpty() || !takeEarlyCancel(requestIdJson, nowNanos)) {
            return Admission.ADMITTED;
        }
        if (callsInFlight.remove(requestIdJson, call)) { // else cancel() got there too, and released the place
            runningCalls.decrementAndGet();
        }
        return Admission.CANCELLED;
    }

    /** Forgets a finished call; a later call that reused its id (after a cancellation) is left alone. */
    void untrack(String requestIdJson, InFlightRequest call) {
        if (callsInFlight.remove(requestIdJson, call)) {
            runningCalls.decrementAndGet();
        }
    }

    /** How many calls of this session are running. */
    public int callsInFlight() {
        return runningCalls.get();
    }

    /**
     * Cancels the running call with this id (as JSON text). An id not running may belong to a call still on its way:
     * over Streamable HTTP the call and its cancellation travel on different connections, and the cancellation can
     * arrive first. Such an id is remembered for {@link #EARLY_CANCEL_WINDOW_NANOS}, so that the call is cancelled
     * as it arrives ({@link #admit}); at most {@link #MAX_EARLY_CANCELS} are remembered, the oldest forgotten first.
     */
    void cancel(String requestIdJson) {
        cancel(requestIdJson, System.nanoTime());
    }

    void cancel(String requestIdJson, long nowNanos) {
        if (cancelRunning(requestIdJson)) {
            return;
        }
        rememberEarlyCancel(requestIdJson, nowNanos);
        // The call may have been admitted between the first look and now, without seeing the id remembered.
        if (cancelRunning(requestIdJson)) {
            earlyCancels.remove(requestIdJson);
        }
    }

    private boolean cancelRunning(String requestIdJson) {
        InFlightRequest call = callsInFlight.remove(requestIdJson);
        if (call == null) {
            return false;
        }
        runningCalls.decrementAndGet();
        call.cancel();
        return true;
    }

    /** Whether a cancellation of this id came, within the window, before the call; forgets it either way. */
    private boolean takeEarlyCancel(String requestIdJson, long nowNanos) {
        Long expires = earlyCancels.remove(requestIdJson);
        return expires != null && expires - nowNanos > 0;
    }

    // Only cancellations of unknown ids get here, which are rare: the lock is off the path of calls, which only
    // read the map (and find it empty).
    private synchronized void rememberEarlyCancel(String requestIdJson, long nowNanos) {
        if (earlyCancels.size() >= MAX_EARLY_CANCELS) {
            earlyCancels.values().removeIf(expires -> expires - nowNanos <= 0);
        }
        if (earlyCancels.size() >= MAX_EARLY_CANCELS && !earlyCancels.containsKey(requestIdJson)) {
            String oldest = null;
            long oldestExpiry = 0;
            for (Map.Entry<String, Long> entry : earlyCancels.entrySet()) {
                if (oldest == null || entry.getValue() - oldestExpiry < 0) {
                    oldest = entry.getKey();
                    oldestExpiry = entry.getValue();
                }
            }
            earlyCancels.remove(oldest);
        }
        earlyCancels.put(requestIdJson, nowNanos + EARLY_CANCEL_WINDOW_NANOS);
    }

    /** How many cancellations of ids not (yet) running this session remembers; never more than {@link #MAX_EARLY_CANCELS}. */
    int earlyCancelCount() {
        return earlyCancels.size();
    }

    /** The most resources one session may subscribe to at once. */
    public static final int MAX_RESOURCE_SUBSCRIPTIONS = 1000;

    /** Subscribes the session to updates of {@code uri}; false if it already holds as many as it may. */
    boolean subscribe(String uri) {
        if (resourceSubscriptions.size() >= MAX_RESOURCE_SUBSCRIPTIONS && !resourceSubscriptions.contains(uri)) {
            return false;
        }
        resourceSubscriptions.add(uri);
        return true;
    }

    void unsubscribe(String uri) {
        resourceSubscriptions.remove(uri);
    }

    /** Tells the client that {@code uri} changed, if it subscribed to it and has a stream open for such messages. */
    void resourceUpdated(String uri, String json) {
        if (resourceSubscriptions.contains(uri)) {
            sendOnStandaloneStream(json);
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

    /** The requests the server sent this session's client and waits for the answers of. */
    ServerRequests serverRequests() {
        return serverRequests;
    }

    /**
     * A response of the client's (to {@code elicitation/create}, {@code sampling/createMessage}, {@code roots/list}),
     * which completes the request of the server's it answers; one that answers nothing waiting is ignored.
     */
    public void clientResponded(JsonRpcMessage response) {
        serverRequests.answered(response.id(), response.params().get("result"), response.params().get("error"));
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
        // Removed one by one, so that every call is cancelled (and its place released) by exactly one caller.
        callsInFlight.keySet().forEach(this::cancelRunning);
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
