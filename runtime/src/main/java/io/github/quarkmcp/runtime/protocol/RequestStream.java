package io.github.quarkmcp.runtime.protocol;

import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

/**
 * The ordered channel of one request: notifications first, then exactly one response, then nothing.
 * <p>
 * Every write runs on the outbound's executor's thread (see {@link #execute}), so the state here is confined to one
 * thread at a time and needs no lock: the order of acceptance is the order on the wire, and a notification that
 * arrives after the response is dropped there.
 */
public final class RequestStream {

    private static final Logger LOG = Logger.getLogger(RequestStream.class);
    private static final int MAX_QUEUED_DROPPABLE = 1024;

    private final Outbound outbound;
    private final AtomicInteger queuedDroppable = new AtomicInteger();
    private boolean answered; // confined to the outbound's executor
    private boolean runningAtOnce; // confined to the outbound's executor
    // Written by any thread that queues a task, before it does: read on the executor's thread, a false means that
    // nothing of this stream waits in its queue.
    private volatile boolean queuedOnce;
    private Runnable beforeResponse;

    public RequestStream(Outbound outbound) {
        this.outbound = outbound;
    }

    /**
     * Runs {@code task} in this stream's order; use {@link #isOpen()} and {@link #sendNow} inside it.
     * <p>
     * On the executor's own thread (a tool on the event loop, a request answered where the transport received it) the
     * task runs at once, with no trip through the event loop's queue, as long as nothing of this stream was ever
     * queued: from the first task that has to be queued (it came from another thread, or from inside a task of this
     * stream, which must finish first) every later one is queued too, behind it, so the order of acceptance stays the
     * order on the wire without counting what waits.
     */
    public void execute(Runnable task) {
        if (!queuedOnce && outbound.isExecutorThread() && !runningAtOnce) {
            runningAtOnce = true;
            try {
                task.run();
            } finally {
                runningAtOnce = false;
            }
            return;
        }
        if (!queuedOnce) {
            queuedOnce = true;
        }
        outbound.executor().execute(task);
    }

    /** Whether the response is still to come. Only meaningful inside {@link #execute}. */
    public boolean isOpen() {
        return !answered;
    }

    /** See {@link Outbound#servesOneRequest()}. */
    public boolean servesOneRequest() {
        return outbound.servesOneRequest();
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

    /** Runs {@code action} if the client goes away before the response, where that cancels the request. */
    public void whenClientGone(Runnable action) {
        outbound.whenClientGone(action);
    }

    /** Sends a notification that must not be dropped, in order, unless the response went out already. */
    public void notify(String json) {
        execute(() -> {
            if (!answered) {
                outbound.send(json);
            }
        });
    }

    /** Ends the request without a response (it was cancelled): nothing of it is sent from now on. */
    public void abandon() {
        execute(() -> {
            if (!answered) {
                answered = true;
                outbound.abandon();
            }
        });
    }

    /**
     * Sends a notification that may be dropped (a log message): while the client does not keep up, or while more than
     * {@value #MAX_QUEUED_DROPPABLE} of them already wait, it is dropped rather than queued, so a tool that logs in a
     * loop cannot make the server hold an unbounded backlog.
     */
    public void notifyDroppable(String json) {
        if (queuedDroppable.incrementAndGet() > MAX_QUEUED_DROPPABLE) {
            queuedDroppable.decrementAndGet();
            dropped(json);
            return;
        }
        execute(() -> {
            queuedDroppable.decrementAndGet();
            if (answered) {
                return;
            }
            if (outbound.writable()) {
                outbound.send(json);
            } else {
                dropped(json);
            }
        });
    }

    private static void dropped(String json) {
        LOG.debugf("Notification dropped: the client does not keep up: %s", json);
    }

    /** Sends the response, once; a second response is ignored. */
    public void respond(String json) {
        answer(() -> outbound.complete(json));
    }

    /** Answers with the error of {@code refusal}, once, like {@link #respond}. */
    public void refuse(JsonRpcException refusal) {
        String json = refusal.toResponse();
        answer(() -> outbound.fail(refusal.code(), json));
    }

    private void answer(Runnable write) {
        execute(() -> {
            if (!answered) {
                if (beforeResponse != null) {
                    beforeResponse.run();
                }
                answered = true;
                write.run();
            }
        });
    }
}
