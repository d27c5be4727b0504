package io.github.quarkmcp.runtime.protocol;

/**
 * A request still running that a client may cancel: one that runs user code (a tool call, a read, a prompt, a
 * completion), or an open {@code subscriptions/listen}.
 */
interface InFlightRequest {

    /** Ends the request without a response; only the first call does anything. */
    void cancel();
}
