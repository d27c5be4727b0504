package io.github.quarkmcp.runtime.protocol;

import java.util.concurrent.Executor;

/**
 * Where the messages of one request go: the transport's side of a request. The protocol core wraps it in a
 * {@link RequestStream}, which keeps the ordering rules, so a transport only moves bytes.
 * <p>
 * {@link #send} and {@link #complete} are called only on the executor's thread: from tasks it runs, or from code
 * already running there (a transport's handler that dispatched the request, a tool on the event loop). A transport
 * must take them at any point of its own work on that thread, not only between two tasks.
 */
public interface Outbound {

    /** Runs tasks one at a time in the order they were given (a connection's event loop). */
    Executor executor();

    /**
     * Whether the calling thread is the one {@link #executor()} runs its tasks on, so that a task of a request may run
     * at once rather than be queued behind the rest of the event loop's work (see {@link RequestStream#execute}).
     */
    boolean isExecutorThread();

    /**
     * Whether the request was dispatched on an executor context that serves it alone (an HTTP exchange that carries
     * one request), so that its code may run on that context rather than on one made for it (see
     * {@link io.github.quarkmcp.runtime.invocation.DispatchedCall}). False where several requests share it.
     */
    default boolean servesOneRequest() {
        return false;
    }

    /** Delivers a message that belongs to the request but is not its response (a notification). */
    void send(String json);

    /** Delivers the request's response; nothing of this request is sent after it. */
    void complete(String json);

    /**
     * Delivers the request's error response; {@code code} is its JSON-RPC error code, for a transport that also
     * says it in its own terms (an HTTP status).
     */
    default void fail(int code, String json) {
        complete(json);
    }

    /**
     * Runs {@code action} (once, on the executor) if the client goes away before the response: on a transport where
     * that cancels the request (a 2026-07-28 Streamable HTTP request's stream). Elsewhere it never runs.
     */
    default void whenClientGone(Runnable action) {
    }

    /**
     * The request ends without a response (it was cancelled): nothing more of it is sent, and what the transport
     * holds open for it is released.
     */
    void abandon();

    /** Whether the client keeps up: false while written data waits beyond the transport's queue limit. */
    boolean writable();

    /** Runs {@code task} on the executor once {@link #writable()} is true again (at once if it is). */
    void whenWritable(Runnable task);
}
