package io.github.quarkmcp.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/**
 * Tools that push the server: a tool that logs far faster than any client reads, one that ignores its
 * cancellation and overruns its time limit, and one that would block its worker thread for ever.
 */
public class RobustnessTools {

    private final Set<String> timedOut = ConcurrentHashMap.newKeySet();
    private final AtomicInteger blockedNow = new AtomicInteger();

    @Tool(name = "stuck", description = "Sleeps, ignoring cancellation, past its one-second time limit.", timeout = "1s")
    public String stuck(@ToolArg(description = "a name to find this call by in timed_out_calls") String label,
            @ToolArg(description = "how long to sleep, in milliseconds") long millis, McpContext ctx)
            throws InterruptedException {
        ctx.onCancel(() -> timedOut.add(label));
        Thread.sleep(millis); // on purpose: it does not look at ctx.isCancelled()
        return "woke up after " + millis + " ms";
    }

    @Tool(name = "timed_out_calls", description = "The labels of the stuck calls that saw their time limit.")
    public Set<String> timedOutCalls() {
        return Set.copyOf(timedOut);
    }

    @Tool(name = "block_forever", description = "Waits on a latch no one opens: only its one-second time limit, which"
            + " interrupts its thread, frees the worker.", timeout = "1s")
    public String blockForever() throws InterruptedException {
        blockedNow.incrementAndGet();
        try {
            new CountDownLatch(1).await(); // on purpose: nothing will ever count it down
            return "unreachable";
        } finally {
            blockedNow.decrementAndGet();
        }
    }

    @Tool(name = "blocked_workers", description = "How many block_forever calls still hold a worker thread.")
    public int blockedWorkers() {
        return blockedNow.get();
    }

    @Tool(name = "log_flood", description = "Logs count info messages as fast as it can, then returns count.")
    public int logFlood(@ToolArg(description = "how many messages to log") int count, McpContext ctx) {
        for (int i = 1; i <= count; i++) {
            ctx.info("flood message " + i);
        }
        return count;
    }
}
