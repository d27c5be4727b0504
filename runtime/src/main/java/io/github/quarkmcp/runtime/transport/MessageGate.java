package io.github.quarkmcp.runtime.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a connection asks before it handles each message: whether the application can serve it now. In dev mode the
 * recorder wires in a gate that picks up edited sources first ({@code DevModeGate}); elsewhere messages pass at once.
 * It keeps transports free of dev-mode code.
 */
public interface MessageGate {

    /** The gate of a running application that does not change: every message passes. */
    MessageGate OPEN = new MessageGate() {
        @Override
        public boolean checksMessages() {
            return false;
        }

        @Override
        public CompletionStage<Throwable> check() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public String describe(Throwable problem) {
            return String.valueOf(problem);
        }
    };

    /** Whether {@link #check()} can do anything; when false, a transport skips it (and its thread hop). */
    boolean checksMessages();

    /**
     * Completes with {@code null} when the message may be handled (possibly by a reloaded application), or with the
     * problem that keeps the application from serving it.
     */
    CompletionStage<Throwable> check();

    /** The JSON-RPC error message that answers a request while {@code problem} lasts. */
    String describe(Throwable problem);
}
