package io.github.quarkmcp.runtime.protocol;

import java.util.concurrent.Executor;

/**
 * Where the messages of one request go: the transport's side of a request. The protocol core wraps it in a
 * {@link RequestStream}, which keeps the ordering rules, so a transport only moves bytes.
 * <p>
 * {@link #send} and {@link #complete} are called only from tasks run by {@link #executor()}.
 */
public interface Outbound {

    /** Runs tasks one at a time in the order they were given (a connection's event loop). */
    Executor executor();

    /** Delivers a message that belongs to the request but is not its response (a notification). */
    void send(String json);

    /** Delivers the request's response; nothing of this request is sent after it. */
    void complete(String json);

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
