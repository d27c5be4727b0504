package io.github.quarkmcp.runtime.protocol;

/** A request still running that a client may cancel: a tool call, or an open {@code subscriptions/listen}. */
interface InFlightRequest {

    /** Ends the request without a response; only the first call does anything. */
    void cancel();
}
