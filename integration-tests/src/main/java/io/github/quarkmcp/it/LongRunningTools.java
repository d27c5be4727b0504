package io.github.quarkmcp.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/**
 * Tools that run until told to stop, so a client can watch cancellation work: {@code wait_for_cancel} runs until
 * its call is cancelled (reporting every 50 ms), {@code report_until_cancelled} too (reporting as fast as it can), and
 * {@code cancelled_calls} tells which calls saw their cancellation.
 */
public class LongRunningTools {

    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

    @Tool(name = "wait_for_cancel", description = "Reports progress every 50 ms until the call is cancelled (at most a minute).")
    public String waitForCancel(@ToolArg(description = "a name to find this call by in cancelled_calls") String label,
            McpContext ctx) throws InterruptedException {
        ctx.onCancel(() -> cancelled.add(label));
        for (int tick = 1; tick <= 1200 && !ctx.isCancelled(); tick++) {
            ctx.reportProgress(tick, Double.NaN, "tick " + tick);
            Thread.sleep(50);
        }
        return ctx.isCancelled() ? "cancelled" : "not cancelled within a minute";
    }

    @Tool(name = "report_until_cancelled", description = "Reports progress in a tight loop until the call is cancelled"
            + " (at most a minute).")
    public String reportUntilCancelled(
            @ToolArg(description = "a name to find this call by in cancelled_calls") String label, McpContext ctx) {
        ctx.onCancel(() -> cancelled.add(label));
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        for (long report = 1; !ctx.isCancelled() && System.nanoTime() < end; report++) {
            ctx.reportProgress(report);
        }
        return ctx.isCancelled() ? "cancelled" : "not cancelled within a minute";
    }

    @Tool(name = "cancelled_calls", description = "The labels of the wait_for_cancel and report_until_cancelled calls"
            + " that were cancelled.")
    public Set<String> cancelledCalls() {
        return Set.copyOf(cancelled);
    }

    @Tool(name = "session_id", description = "The id of the caller's MCP session.")
    public String sessionId(McpContext ctx) {
        return ctx.sessionId().orElse("none");
    }
}
