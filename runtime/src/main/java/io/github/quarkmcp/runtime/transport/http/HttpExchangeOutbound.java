package io.github.quarkmcp.runtime.transport.http;

import java.util.concurrent.Executor;

import io.github.quarkmcp.runtime.protocol.Outbound;
import io.github.quarkmcp.runtime.transport.WritableWaiters;
import io.vertx.core.Context;
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
 * All methods of {@link Outbound} run on the connection's event loop (see {@link #executor()}), so the state
 * below is confined to that thread.
 */
final class HttpExchangeOutbound implements Outbound {

    private static final String JSON = "application/json";

    private final HttpServerResponse response;
    private final Executor executor;
    private final Runnable beforeHeaders;
    private final Runnable onFinish;
    private final Context context;
    private final long keepAliveTimer;
    private final boolean modern;
    private Runnable onClientGone;
    private boolean clientGone; // the connection closed before the last response
    private int pendingResponses;
    private boolean streaming;
    private boolean finished;
    private final WritableWaiters writableWaiters = new WritableWaiters();

    /**
     * @param responses how many responses this exchange carries
     * @param batch whether the body was a JSON-RPC batch, whose answer is never a single plain object
     * @param beforeHeaders runs just before the status line and headers are written (to add headers that depend
     *        on the outcome)
     * @param onFinish runs once, when the last response was written or the client went away
     * @param keepAliveMillis how often to write a comment line while the exchange is open; 0 for never
     * @param modern whether the request is of 2026-07-28: its errors carry their HTTP status, and the client closing
     *        the response cancels it
     */
    HttpExchangeOutbound(HttpServerResponse response, Context context, int responses, boolean batch,
            Runnable beforeHeaders, Runnable onFinish, long keepAliveMillis, boolean modern) {
        this.response = response;
        this.context = context;
        this.executor = task -> context.runOnContext(ignored -> task.run());
        this.pendingResponses = responses;
        this.beforeHeaders = beforeHeaders;
        this.onFinish = onFinish;
        this.modern = modern;
        // 2025: a dropped connection is not a cancellation (spec), the call runs on and its output is discarded.
        // 2026-07-28: it is the client's way to cancel (whenClientGone).
        response.closeHandler(ignored -> executor.execute(() -> {
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
        // Set on this event loop, the timer fires on it too.
        this.keepAliveTimer = keepAliveMillis > 0 ? context.owner().setPeriodic(keepAliveMillis, ignored -> keepAlive())
                : -1;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public void send(String json) {
        if (isGone()) {
            return;
        }
        if (!streaming) {
            startStream();
        }
        response.write(SseEvents.message(json));
    }

    @Override
    public void complete(String json) {
        pendingResponses--;
        if (!isGone()) {
            if (!streaming) {
                beforeHeaders.run();
                response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(json);
            } else if (pendingResponses == 0) {
                response.end(SseEvents.message(json));
            } else {
                response.write(SseEvents.message(json));
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
            response.end();
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

    private void keepAlive() {
        if (finished || isGone() || response.writeQueueFull()) { // a connection that cannot keep up is not idle
            return;
        }
        if (!streaming) {
            startStream();
        }
        response.write(SseEvents.keepAlive());
    }

    private boolean isGone() {
        return response.ended() || response.closed();
    }

    private void finish() {
        if (!finished) {
            finished = true;
            if (keepAliveTimer >= 0) {
                context.owner().cancelTimer(keepAliveTimer);
            }
            onFinish.run();
        }
    }
}
