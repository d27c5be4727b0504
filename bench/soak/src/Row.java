import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One row of figures: what one kind of client (transport × era) did in one phase. Counters are thread-safe; every
 * problem counts, and the first few are kept word for word for the report.
 */
final class Row {

    private static final int KEPT_PROBLEMS = 8;

    final String phase;
    final String transport;
    final String era;
    final String load;

    final AtomicLong calls = new AtomicLong();
    final AtomicLong answered = new AtomicLong();
    final AtomicLong cancelled = new AtomicLong();
    final AtomicLong lost = new AtomicLong();
    final AtomicLong late = new AtomicLong();
    final AtomicLong badProgress = new AtomicLong();
    final AtomicLong wrong = new AtomicLong();
    final AtomicLong progressEvents = new AtomicLong();
    private final AtomicLong problemCount = new AtomicLong();
    private final List<String> problems = new ArrayList<>();
    private long[] latencies = new long[1024];
    private int latencyCount;
    /** Free text for the table: what this row's clients saw besides the counts. */
    volatile String note = "";

    Row(String phase, String transport, String era, String load) {
        this.phase = phase;
        this.transport = transport;
        this.era = era;
        this.load = load;
    }

    /** Counts a call that was answered (or should have been), with everything its check found. */
    void answered(CallCheck check) {
        calls.incrementAndGet();
        progressEvents.addAndGet(check.progress);
        if (!check.answered) {
            lost.incrementAndGet();
            problem("lost: no response to " + check.id);
        } else {
            answered.incrementAndGet();
            latency(check.latencyNanos);
            if (!check.responseAsExpected()) {
                wrong.incrementAndGet();
                problem("unexpected response: " + check.response);
            }
        }
        counted(check);
    }

    /** Counts a call the client cancelled: it must not have been answered. */
    void cancelledCall(CallCheck check) {
        calls.incrementAndGet();
        progressEvents.addAndGet(check.progress);
        cancelled.incrementAndGet();
        if (check.answered) {
            wrong.incrementAndGet();
            problem("a cancelled call was answered: " + check.response);
        }
        counted(check);
    }

    private void counted(CallCheck check) {
        if (check.late > 0) {
            late.addAndGet(check.late);
        }
        if (check.nonIncreasing > 0 || (check.answered && !check.progressComplete())) {
            badProgress.incrementAndGet();
            if (!check.progressComplete()) {
                problem("progress of " + check.id + " ended at " + check.lastProgress() + " of " + check.total);
            }
        }
        check.problems.forEach(this::problem);
    }

    /** A request that is not a tool call (an error probe, a ping): counts and, when wrong, says why. */
    void probe(boolean asExpected, long latencyNanos, String whatWasWrong) {
        calls.incrementAndGet();
        if (asExpected) {
            answered.incrementAndGet();
            latency(latencyNanos);
        } else {
            wrong.incrementAndGet();
            problem(whatWasWrong);
        }
    }

    /** A request that got no answer at all (an I/O failure, a timeout). */
    void failed(String what) {
        calls.incrementAndGet();
        lost.incrementAndGet();
        problem(what);
    }

    synchronized void latency(long nanos) {
        if (latencyCount == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencyCount * 2);
        }
        latencies[latencyCount++] = nanos;
    }

    /** The latency at {@code quantile} (0..1) in milliseconds, NaN without any. */
    synchronized double percentileMillis(double quantile) {
        if (latencyCount == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(latencies, latencyCount);
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    void problem(String what) {
        problemCount.incrementAndGet();
        synchronized (problems) {
            if (problems.size() < KEPT_PROBLEMS) {
                problems.add(what.length() > 300 ? what.substring(0, 300) + "..." : what);
            }
        }
    }

    long problemCount() {
        return problemCount.get();
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** Whether nothing went wrong in this row. */
    boolean clean() {
        return lost.get() == 0 && late.get() == 0 && badProgress.get() == 0 && wrong.get() == 0
                && problemCount.get() == 0;
    }
}
