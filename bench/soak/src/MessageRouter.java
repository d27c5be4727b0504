import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the messages of a connection (a WebSocket, a stdio process) go: a response to the call or request that sent
 * its id, progress to the call that sent its token. Finished calls stay reachable by token for a while, so that a
 * progress report that comes after its response is counted against its call (late) rather than lost.
 */
final class MessageRouter {

    private static final int REMEMBERED_FINISHED = 256;

    private final ConcurrentMap<String, CallCheck> callsById = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CallCheck> callsByToken = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CompletableFuture<Object>> requests = new ConcurrentHashMap<>();
    private final Deque<CallCheck> finished = new ArrayDeque<>();
    /** Responses nothing waits for: answers to ids never sent here, or a second answer. */
    final AtomicLong strayResponses = new AtomicLong();
    /** Progress for tokens this connection never sent. */
    final AtomicLong strayProgress = new AtomicLong();
    /** Responses whose id is null (refusals of messages that could not be read), in order. */
    final LinkedBlockingQueue<Object> unaddressed = new LinkedBlockingQueue<>();
    /** Messages of a call that came after its response (counted here too, since they may come after the count). */
    final AtomicLong lateAfterAnswer = new AtomicLong();
    /** Log messages received. */
    final AtomicLong logs = new AtomicLong();
    private final List<String> strays = new ArrayList<>();

    /** Registers a call before it is sent. */
    void expect(CallCheck check) {
        callsById.put(Json.idJson(check.id), check);
        if (check.token != null) {
            callsByToken.put(Json.idJson(check.token), check);
        }
    }

    /** Registers a request before it is sent; the future completes with its response. */
    CompletableFuture<Object> expectResponse(Object id) {
        CompletableFuture<Object> response = new CompletableFuture<>();
        requests.put(Json.idJson(id), response);
        return response;
    }

    /** Waits for a request's response. */
    static Object await(CompletableFuture<Object> response, int timeoutMillis, String what) throws TimeoutException {
        try {
            return response.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted waiting for " + what);
        } catch (ExecutionException e) {
            throw new TimeoutException(what + " failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutException("no answer to " + what + " within " + timeoutMillis + " ms");
        }
    }

    /** A call is over (answered or given up): later progress for it is still routed to it, as late. */
    void finish(CallCheck check) {
        callsById.remove(Json.idJson(check.id));
        synchronized (finished) {
            finished.addLast(check);
            if (finished.size() > REMEMBERED_FINISHED) {
                CallCheck old = finished.removeFirst();
                if (old.token != null) {
                    callsByToken.remove(Json.idJson(old.token), old);
                }
            }
        }
    }

    /** Routes one incoming message. */
    void route(Object message) {
        if (Json.isResponse(message)) {
            Object id = Json.at(message, "id");
            if (id == null) {
                unaddressed.add(message);
                return;
            }
            String key = Json.idJson(id);
            CompletableFuture<Object> request = requests.remove(key);
            if (request != null) {
                request.complete(message);
                return;
            }
            CallCheck call = callsById.get(key);
            if (call != null) {
                deliver(call, message);
                return;
            }
            strayResponses.incrementAndGet();
            stray("a response nothing waits for: " + message);
            return;
        }
        if ("notifications/progress".equals(Json.string(message, "method"))) {
            Object token = Json.at(message, "params", "progressToken");
            CallCheck call = token == null ? null : callsByToken.get(Json.idJson(token));
            if (call != null) {
                deliver(call, message);
            } else {
                strayProgress.incrementAndGet();
                stray("progress for an unknown token: " + message);
            }
        }
        if ("notifications/message".equals(Json.string(message, "method"))) {
            logs.incrementAndGet(); // a log message names no request: counted for the connection
        }
        // change notifications are not tied to a call
    }

    private void deliver(CallCheck call, Object message) {
        synchronized (call) {
            boolean wasAnswered = call.answered;
            call.onMessage(message);
            if (wasAnswered) {
                lateAfterAnswer.incrementAndGet();
                stray("after the answer of " + call.id + ": " + message);
            }
        }
    }

    private void stray(String what) {
        synchronized (strays) {
            if (strays.size() < 5) {
                strays.add(what);
            }
        }
    }

    List<String> strays() {
        synchronized (strays) {
            return List.copyOf(strays);
        }
    }
}
