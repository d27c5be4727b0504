package io.github.quarkmcp.it;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.MDC;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Tools that say which kind of thread they ran on, one per execution model, and asynchronous tools that wait to be
 * cancelled.
 */
public class ExecutionTools {

    /** The context local the {@code context_*} tools write; {@link RequestTags} reports it in a response header. */
    static final String WRITTEN_BY_A_TOOL = "it.written-by-a-tool";

    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

    @Tool(name = "thread_blocking", description = "Runs on a worker thread; tells which.")
    public String threadBlocking() {
        return describeThread();
    }

    @Tool(name = "thread_non_blocking", description = "Runs on the event loop (@NonBlocking); tells which.")
    @NonBlocking
    public String threadNonBlocking() {
        return describeThread();
    }

    /**
     * Reports from the event loop and returns at once: its notifications and its response are all queued on the
     * event loop before the first of them is written, so they go out in one turn of it.
     */
    @Tool(name = "report_on_loop_then_return", description = "On the event loop (@NonBlocking): reports progress"
            + " 1 to count at once, then returns text.")
    @NonBlocking
    public String reportOnLoopThenReturn(@ToolArg(description = "what to return") String text,
            @ToolArg(defaultValue = "10") int count, McpContext ctx) {
        for (int i = 1; i <= count; i++) {
            ctx.reportProgress(i, count);
        }
        return text;
    }

    @Tool(name = "thread_uni", description = "Returns a Uni, so runs on the event loop; tells which.")
    public Uni<String> threadUni() {
        return Uni.createFrom().item(ExecutionTools::describeThread);
    }

    @Tool(name = "thread_completion_stage", description = "Returns a CompletionStage, so runs on the event loop.")
    public CompletionStage<String> threadCompletionStage() {
        return CompletableFuture.completedFuture(describeThread());
    }

    @Tool(name = "thread_blocking_uni", description = "Returns a Uni but is @Blocking, so runs on a worker thread.")
    @Blocking
    public Uni<String> threadBlockingUni() {
        return Uni.createFrom().item(ExecutionTools::describeThread);
    }

    @Tool(name = "context_blocking", description = "Runs on a worker thread; tells what its Vert.x context holds.")
    public String contextBlocking() {
        return describeContext();
    }

    @Tool(name = "context_uni", description = "A Uni, so on the event loop; tells what its Vert.x context holds.")
    public Uni<String> contextUni() {
        return Uni.createFrom().item(ExecutionTools::describeContext);
    }

    @Tool(name = "uni_wait_for_cancel", description = "A Uni that completes only when the call is cancelled.")
    public Uni<String> uniWaitForCancel(String label, McpContext ctx) {
        ctx.reportProgress(1, Double.NaN, "waiting");
        return Uni.createFrom().<String> emitter(emitter -> {
        }).onCancellation().invoke(() -> cancelled.add(label));
    }

    @Tool(name = "stage_wait_for_cancel", description = "A CompletionStage that completes only when the call is cancelled.")
    public CompletionStage<String> stageWaitForCancel(String label, McpContext ctx) {
        ctx.reportProgress(1, Double.NaN, "waiting");
        CompletableFuture<String> never = new CompletableFuture<>();
        never.whenComplete((result, failure) -> {
            if (failure != null) {
                cancelled.add(label);
            }
        });
        return never;
    }

    @Tool(name = "async_cancelled_calls", description = "The labels of the asynchronous calls that were cancelled.")
    public Set<String> asyncCancelledCalls() {
        return Set.copyOf(cancelled);
    }

    @Tool(name = "report_flood", description = "Reports progress in a tight loop; returns how long the loop took.")
    public FloodReport reportFlood(@ToolArg(defaultValue = "1000000") int reports, McpContext ctx) {
        long start = System.nanoTime();
        for (int i = 1; i <= reports; i++) {
            ctx.reportProgress(i, reports);
        }
        return new FloodReport(reports, (System.nanoTime() - start) / 1_000_000.0);
    }

    public record FloodReport(int reports, double loopMillis) {
    }

    /**
     * Whether the code runs on a duplicated Vert.x context, what the application's HTTP filter put there
     * ({@link RequestTags}), and what an earlier call wrote there; then it writes there itself.
     */
    static String describeContext() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return "no Vert.x context";
        }
        Object earlier = context.getLocal(WRITTEN_BY_A_TOOL);
        context.putLocal(WRITTEN_BY_A_TOOL, "a tool was here");
        return "duplicated=" + VertxContext.isDuplicatedContext(context) + " local=" + context.getLocal(RequestTags.TAG)
                + " mdc=" + MDC.get(RequestTags.TAG) + " earlier=" + earlier;
    }

    /** "event-loop", "worker" or "virtual", then the thread's name. */
    static String describeThread() {
        Thread thread = Thread.currentThread();
        String kind = Context.isOnEventLoopThread() ? "event-loop" : "worker";
        return kind + " " + thread.getName();
    }
}
