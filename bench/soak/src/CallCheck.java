import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The invariants of one call, checked message by message as they arrive: its progress (for its token) strictly
 * increases, matches the expected total and ends at it; nothing of the call comes after its response; exactly one
 * response; and the response is the one expected.
 */
final class CallCheck {

    final Object id;
    final Object token;
    /** The total every report must carry and the last report must reach; NaN when the tool reports no total. */
    final double total;
    private final Predicate<Object> expectedResponse;
    private final long sentNanos = System.nanoTime();

    private double last = Double.NEGATIVE_INFINITY;
    int progress;
    int logs;
    int late;
    int nonIncreasing;
    boolean answered;
    Object response;
    long latencyNanos;
    final List<String> problems = new ArrayList<>(1);
    /** Completes with the response (over a socket or stdio, where another thread reads). */
    final CompletableFuture<CallCheck> done = new CompletableFuture<>();

    CallCheck(Object id, Object token, double total, Predicate<Object> expectedResponse) {
        this.id = id;
        this.token = token;
        this.total = total;
        this.expectedResponse = expectedResponse;
    }

    /** Takes one message of the call's stream (or of the connection, for a socket or stdio). */
    void onMessage(Object message) {
        String method = Json.string(message, "method");
        if ("notifications/progress".equals(method)) {
            Object messageToken = Json.at(message, "params", "progressToken");
            if (token == null || !Json.sameId(messageToken, token)) {
                problems.add("progress for another token: " + message);
                return;
            }
            if (answered) {
                late++;
                problems.add("progress after the result: " + message);
                return;
            }
            double value = Json.number(message, "params", "progress");
            if (!(value > last)) {
                nonIncreasing++;
                problems.add("progress " + value + " after " + last);
            }
            last = value;
            progress++;
            double reportedTotal = Json.number(message, "params", "total");
            if (!Double.isNaN(total) && reportedTotal != total) {
                problems.add("progress total " + reportedTotal + ", expected " + total);
            }
        } else if ("notifications/message".equals(method)) {
            if (answered) {
                late++;
                problems.add("log message after the result: " + message);
            }
            logs++;
        } else if (Json.isResponse(message)) {
            if (!Json.sameId(Json.at(message, "id"), id)) {
                problems.add("a response to another request: " + message);
            } else if (answered) {
                problems.add("a second response: " + message);
            } else {
                answered = true;
                response = message;
                latencyNanos = System.nanoTime() - sentNanos;
                done.complete(this);
            }
        } else {
            problems.add("unexpected message: " + message);
        }
    }

    /** Whether the progress ended at the total (vacuously true for a tool without a total). */
    boolean progressComplete() {
        return Double.isNaN(total) || (progress > 0 && last == total);
    }

    double lastProgress() {
        return last;
    }

    /** Whether the response is the expected one. */
    boolean responseAsExpected() {
        return answered && expectedResponse.test(response);
    }

    static boolean successfulResult(Object response) {
        return Json.has(Json.at(response, "result"), "content")
                && !Boolean.TRUE.equals(Json.at(response, "result", "isError"));
    }
}
