package io.github.quarkmcp.bench;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The two loads of the side-by-side benchmark ({@code ../shared/bench/compare.sh}), as every server compared
 * serves them: the cheapest call, and a call that reports progress as fast as it can. {@code echo_on_loop} is the
 * same call run on the event loop: set against {@code echo}, it prices the hand-off to a worker thread and back.
 */
public class BenchTools {

    @Tool(description = "Returns the text.")
    public String echo(String text) {
        return text;
    }

    @Tool(name = "echo_on_loop", description = "Returns the text, on the event loop.")
    @NonBlocking
    public String echoOnLoop(String text) {
        return text;
    }

    @Tool(name = "progress_burst", description = "Reports progress 1..steps of steps as fast as it can, then returns.")
    public String progressBurst(int steps, McpContext ctx) {
        for (int i = 1; i <= steps; i++) {
            ctx.reportProgress(i, steps);
        }
        return "done " + steps;
    }
}
