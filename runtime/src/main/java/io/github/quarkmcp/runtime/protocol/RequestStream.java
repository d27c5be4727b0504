package io.github.quarkmcp.runtime.protocol;

/**
 * The ordered channel of one request: notifications first, then exactly one response, then nothing.
 * <p>
 * Every write runs on the outbound's executor, so the state here is confined to one thread at a time and needs
 * no lock: the order of acceptance is the order on the wire, and a notification that arrives after the response
 * is dropped there.
 */
public final class RequestStream {

    private final Outbound outbound;
    private boolean answered; // confined to the outbound's executor
    private Runnable beforeResponse;

    public RequestStream(Outbound outbound) {
        this.outbound = outbound;
    }

    /** Runs {@code task} in this stream's order; use {@link #isOpen()} and {@link #sendNow} inside it. */
    public void execute(Runnable task) {
        outbound.executor().execute(task);
    }

    /** Whether the response is still to come. Only meaningful inside {@link #execute}. */
    public boolean isOpen() {
        return !answered;
    }

    /** Whether the transport can take more now. Only meaningful inside {@link #execute}. */
    public boolean isWritable() {
        return outbound.writable();
    }

    /** Runs {@code task} in this stream's order once the transport can take more. */
    public void whenWritable(Runnable task) {
        outbound.whenWritable(task);
    }

    /** What must go out just before the response (the last progress); set before the request runs. */
    void beforeResponse(Runnable action) {
        this.beforeResponse = action;
    }

    /** Sends a notification now. Only inside {@link #execute}, after checking {@link #isOpen()}. */
    public void sendNow(String json) {
        outbound.send(json);
    }

    /** Sends a notification unless the request has been answered. */
    public void notify(String json) {
        execute(() -> {
            if (!answered) {
                outbound.send(json);
            }
        });
    }

    /** Ends the request without a response (it was cancelled): nothing of it is sent from now on. */
    public void abandon() {
        execute(() -> answered = true);
    }

    /** Sends the response, once; a second response is ignored. */
    public void respond(String json) {
        execute(() -> {
            if (!answered) {
                if (beforeResponse != null) {
                    beforeResponse.run();
                }
                answered = true;
                outbound.complete(json);
            }
        });
    }
}
