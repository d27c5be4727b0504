package io.github.quarkmcp.runtime.transport.http;

import java.util.concurrent.Executor;

import io.github.quarkmcp.runtime.protocol.Outbound;
import io.github.quarkmcp.runtime.transport.ContextExecutor;
import io.github.quarkmcp.runtime.transport.WritableWaiters;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * The HTTP response of one POST that carried requests.
 * <p>
 * It starts as a plain {@code application/json} answer and turns into a {@code text/event-stream} on the first
 * notification, so a call that reports nothing costs one ordinary response, and a call that reports progress
 * streams it. The response is the last event; the stream ends with it. A POST with several requests (a batch,
 * allowed in 2025-03-26) streams from the start, one event per response, and ends after the last. A cancelled request
 * gets no response, and its stream ends all the same. An exchange still open after the keep-alive interval turns
 * into a stream too, and gets a comment line each interval, so that nothing between the client and the server takes
 * a long silent call for a dead connection.
 * <p>
 * Notifications sent in one run of the event loop go out together: the first one opens a batch and asks the event
 * loop to write it after the tasks already queued (typically the other reports of a tool reporting from a worker
 * thread), so a burst of progress costs one write and one flush, not one per notification. The response, the end of
 * the stream and a keep-alive line join the batch in its place, so order is kept; a batch over
 * {@value #MAX_BATCH_BYTES} bytes is written at once, so back-pressure ({@link #writable()}) still sees the bytes.
 * <p>
 * All methods of {@link Outbound} run on the connection's event loop (see {@link #executor()}), so the state
 * below is confined to that thread.
 */
final class HttpExchangeOutbound implements Outbound {

    private static final String JSON = "application/json";
    private static final int MAX_BATCH_BYTES = 16 * 1024;

    private final HttpServerResponse response;
    private final ContextExecutor executor;
    private final Runnable beforeHeaders;
    private final Runnable onFinish;
    private final Context context;
    private final KeepAliveClock keepAliveClock;
    private final KeepAliveClock.Entry keepAliveEntry;
    private long keepAliveTimer = -1; // armed once the exchange outlived its first interval
    private final boolean modern;
    private final boolean oneRequest; // the request's duplicated context is this exchange's, so that request's alone
    private Runnable onClientGone;
    private boolean clientGone; // the connection closed before the last response
    private int pendingResponses;
    private boolean streaming;
    private boolean finished;
    private Buffer unwritten; // the notifications of this turn of the event loop not written yet; null when none
    private final WritableWaiters writableWaiters = new WritableWaiters();

    /**
     * @param responses how many responses this exchange carries
     * @param batch whether the body was a JSON-RPC batch, whose answer is never a single plain object
     * @param beforeHeaders runs just before the status line and headers are written (to add headers that depend
     *        on the outcome)
     * @param onFinish runs once, when the last response was written or the client went away
     * @param keepAliveClock times the keep-alive lines of this event loop's exchanges; null for none
     * @param modern whether the request is of 2026-07-28: its errors carry their HTTP status, and the client closing
     *        the response cancels it
     */
    HttpExchangeOutbound(HttpServerResponse response, Context context, int responses, boolean batch,
            Runnable beforeHeaders, Runnable onFinish, KeepAliveClock keepAliveClock, boolean modern) {
        this.response = response;
        this.context = context;
        this.executor = new ContextExecutor(context);
        this.pendingResponses = responses;
        this.oneRequest = responses == 1 && !batch;
        this.beforeHeaders = beforeHeaders;
        this.onFinish = onFinish;
        this.modern = modern;
        // 2025: a dropped connection is not a cancellation (spec), the call runs on and its output is discarded.
        // 2026-07-28: it is the client's way to cancel (whenClientGone).
        response.closeHandler(ignored -> executor.execute(() -> {
            unwritten = null;
            clientGone = !finished;
            finish();
            writableWaiters.runAll();
            if (clientGone && onClientGone != null) {
                Runnable action = onClientGone;
                onClientGone = null;
                action.run();
            }
        }));
        response.exceptionHandler(ignored -> {
        });
        // A close handler set on a connection that closed already is never called: the client is gone right away.
        clientGone = response.closed();
        if (batch) {
            startStream();
        }
        this.keepAliveClock = keepAliveClock;
        this.keepAliveEntry = keepAliveClock != null ? keepAliveClock.open(this::keepAliveDue, context) : null;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public boolean isExecutorThread() {
        return executor.isCurrentThread();
    }

    @Override
    public boolean servesOneRequest() {
        return oneRequest;
    }

    @Override
    public void send(String json) {
        if (isGone()) {
            return;
        }
        if (!streaming) {
            startStream();
        }
        if (unwritten == null) {
            unwritten = Buffer.buffer(512);
            context.runOnContext(ignored -> writeUnwritten(false));
        }
        SseEvents.appendMessage(unwritten, json);
        if (unwritten.length() >= MAX_BATCH_BYTES) {
            writeUnwritten(false);
        }
    }

    /** Writes the notifications not written yet, if any, and with {@code last} ends the stream after them. */
    private void writeUnwritten(boolean last) {
        Buffer events = unwritten;
        unwritten = null;
        if (isGone()) {
            return;
        }
        if (last) {
            if (events != null) {
                response.end(events);
            } else {
                response.end();
            }
        } else if (events != null) {
            response.write(events);
        }
    }

    @Override
    public void complete(String json) {
        pendingResponses--;
        if (!isGone()) {
            if (!streaming) {
                beforeHeaders.run();
                response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(json);
            } else {
                unwritten = unwritten == null ? SseEvents.message(json) : SseEvents.appendMessage(unwritten, json);
                writeUnwritten(pendingResponses == 0);
            }
        }
        if (pendingResponses == 0) {
            finish();
        }
    }

    /** A 2026-07-28 error sent as the whole response carries its HTTP status; once streaming, the status is sent. */
    @Override
    public void fail(int code, String json) {
        if (modern && !streaming && !isGone()) {
            response.setStatusCode(HttpRefusals.modernStatus(code));
        }
        complete(json);
    }

    @Override
    public void whenClientGone(Runnable action) {
        if (modern) {
            executor.execute(() -> {
                if (clientGone) { // the close event came first
                    action.run();
                } else if (!finished) {
                    onClientGone = action;
                }
            });
        }
    }

    /** A cancelled request: no response; the exchange ends once no other response is due (an empty stream if need be). */
    @Override
    public void abandon() {
        pendingResponses--;
        if (pendingResponses > 0) {
            return;
        }
        if (!isGone()) {
            if (!streaming) {
                startStream();
            }
            writeUnwritten(true);
        }
        finish();
    }

    @Override
    public boolean writable() {
        return isGone() || !response.writeQueueFull();
    }

    @Override
    public void whenWritable(Runnable task) {
        if (writable()) {
            task.run();
            return;
        }
        writableWaiters.add(task);
        response.drainHandler(ignored -> executor.execute(writableWaiters::runAll));
    }

    private void startStream() {
        beforeHeaders.run();
        streaming = true;
        SseEvents.startStream(response);
    }

    /** Still open one interval after it opened: a comment line now, and one each interval from now on. */
    private void keepAliveDue() {
        if (finished) {
            return;
        }
        keepAlive();
        // Set on this event loop, the timer fires on it too.
        keepAliveTimer = context.owner().setPeriodic(keepAliveClock.intervalMillis(), ignored -> keepAlive());
    }

    private void keepAlive() {
        if (finished || isGone() || response.writeQueueFull()) { // a connection that cannot keep up is not idle
            return;
        }
        if (!streaming) {
            startStream();
        }
        writeUnwritten(false);
        response.write(SseEvents.keepAlive());
    }

    private boolean isGone() {
        return response.ended() || response.closed();
    }

    private void finish() {
        if (!finished) {
            finished = true;
            if (keepAliveEntry != null) {
                keepAliveClock.close(keepAliveEntry);
            }
            if (keepAliveTimer >= 0) {
                context.owner().cancelTimer(keepAliveTimer);
            }
            onFinish.run();
        }
    }
}
