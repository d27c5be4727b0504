package io.github.quarkmcp.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ProgressStage;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/**
 * Tools that exercise the rules of progress reporting: values that go back, nested stages, reports from a thread
 * that outlives the call, several threads reporting at once, and a tool that fails unexpectedly.
 */
public class ProgressRuleTools {

    /** What the background thread of one {@code report_after_return} call did. */
    public record AfterReturnOutcome(boolean finished, int calls, List<String> failures) {
    }

    private final Map<String, AfterReturnOutcome> afterReturn = new ConcurrentHashMap<>();

    /** Reports the given values in order (out of {@code total}), pausing between reports; returns how many it made. */
    @Tool(name = "report_values", description = "Reports each of the given progress values in order, with a pause between them.")
    public String reportValues(@ToolArg(description = "the progress values, in the order to report them") List<Double> values,
            @ToolArg(description = "the total they are out of", defaultValue = "100") double total,
            @ToolArg(description = "milliseconds to wait after each report", defaultValue = "0") long pauseMillis,
            McpContext ctx) throws InterruptedException {
        for (double value : values) {
            ctx.reportProgress(value, total, "at " + value);
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
        return "reported " + values.size() + " values";
    }

    /** Reports half and then all of a stage nested in another: 20..60 overall, then 50..100 of that. */
    @Tool(name = "nested_stages", description = "Reports through a stage nested in a stage: stage(20, 60).stage(50, 100).")
    public String nestedStages(McpContext ctx) {
        ProgressStage inner = ctx.stage(20, 60).stage(50, 100);
        inner.report(1, 2, "inner half");
        inner.report(2, 2, "inner done");
        return "nested";
    }

    /**
     * Reports once, then returns while a thread it started goes on reporting progress and logging for about 300 ms.
     * The thread records whether any of its calls threw; ask {@code report_after_return_outcome}.
     */
    @Tool(name = "report_after_return", description = "Returns while a background thread keeps reporting for ~300 ms.")
    public String reportAfterReturn(@ToolArg(description = "a name to look the outcome up by") String label,
            McpContext ctx) {
        ctx.reportProgress(1, Double.NaN, "started " + label);
        ctx.info("before return " + label);
        afterReturn.put(label, new AfterReturnOutcome(false, 0, List.of()));
        Thread thread = new Thread(() -> keepReporting(label, ctx), "report-after-return-" + label);
        thread.setDaemon(true);
        thread.start();
        return "returned " + label;
    }

    private void keepReporting(String label, McpContext ctx) {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        try {
            Thread.sleep(50); // let the call's result go out first
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long end = System.nanoTime() + 300_000_000L;
        for (int round = 2; System.nanoTime() < end; round++) {
            int i = round;
            List<Runnable> steps = List.of(
                    () -> ctx.reportProgress(10 * i),
                    () -> ctx.reportProgress(10 * i + 1, 10_000),
                    () -> ctx.reportProgress(10 * i + 2, 10_000, "after return " + label),
                    () -> ctx.stage(0, 100).report(10 * i + 3, 10_000, "stage after return " + label),
                    () -> ctx.info("after return " + label),
                    () -> ctx.log(LogLevel.ERROR, "background", "error after return " + label),
                    () -> ctx.isCancelled(),
                    () -> ctx.requestId(),
                    () -> ctx.progressToken());
            for (Runnable step : steps) {
                calls++;
                try {
                    step.run();
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        afterReturn.put(label, new AfterReturnOutcome(true, calls, failures));
    }

    /** What the background thread of a {@code report_after_return} call did: finished, calls made, what threw. */
    @Tool(name = "report_after_return_outcome", description = "Tells what the background thread of report_after_return did.")
    public AfterReturnOutcome reportAfterReturnOutcome(String label) {
        return afterReturn.getOrDefault(label, new AfterReturnOutcome(false, 0, List.of("unknown label " + label)));
    }

    /**
     * Starts {@code threads} threads at once; thread {@code t} reports {@code t + 1}, {@code t + 1 + threads}, ... so
     * together they report 1 to {@code threads * perThread}, interleaved. Returns when all are done.
     */
    @Tool(name = "parallel_reports", description = "Several threads report increasing, interleaved progress at once.")
    public String parallelReports(@ToolArg(defaultValue = "4") int threads, @ToolArg(defaultValue = "250") int perThread,
            McpContext ctx) throws InterruptedException {
        double total = (double) threads * perThread;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t + 1;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    for (int k = 0; k < perThread; k++) {
                        ctx.reportProgress(first + (double) k * threads, total);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "parallel-reports-" + t);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(30_000);
        }
        return failures.isEmpty() ? "reported " + (long) total : "failed: " + failures;
    }

    /** Fails with an unexpected exception (not a ToolCallException) that has a cause, as a bug in a tool would. */
    @Tool(name = "fail_unexpectedly", description = "Throws an IllegalStateException, as a buggy tool would.")
    public String failUnexpectedly(@ToolArg(defaultValue = "the ledger is inconsistent") String message) {
        throw new IllegalStateException(message, new IllegalArgumentException("the root cause"));
    }
}
